import type { Feature } from '../../app/app-context.ts';

/**
 * Marks on what is invented and what is sourced while playing (docs/marks.md). The setting is on <html> as
 * `data-marks` (the settings feature writes it). Everything else (the marking code, its words, the sources) is a
 * chunk loaded the first time the setting is on, never before the first text; this installer only waits for that.
 */
export const installMarks: Feature = (context) => {
  const html = document.documentElement;
  let started = false;
  const start = (): void => {
    if (started || html.dataset['marks'] !== 'on') return;
    started = true;
    import('../../ui/dom/marks/start-marks.ts')
      .then(({ startMarks }) => startMarks(context))
      .catch((error: unknown) => {
        started = false;
        console.error('[marks] the marks could not load', error);
      });
  };
  new MutationObserver(start).observe(html, { attributes: true, attributeFilter: ['data-marks'] });
  start();
};
