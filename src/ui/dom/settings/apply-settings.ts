import {
  LINE_HEIGHT,
  TEXT_SIZE_REM,
  resolveReducedMotion,
  type Settings,
  type Typeface,
} from '../../../core/settings/settings.ts';
import '../../../styles/settings.css';

/**
 * Puts settings on the page at once: CSS custom properties and data attributes on <html> (the stylesheets do the
 * rest), and the chosen typeface's font files, which load only when chosen so they never weigh on the first load.
 */
export function applySettings(settings: Settings, html: HTMLElement, devicePrefersReduced: boolean): void {
  html.dataset['theme'] = settings.theme;
  html.dataset['typeface'] = settings.typeface;
  html.dataset['motion'] = resolveReducedMotion(settings.motion, devicePrefersReduced) ? 'reduced' : 'full';
  html.dataset['textSpeed'] = settings.textSpeed;
  html.dataset['marks'] = settings.marks ? 'on' : 'off';
  html.style.setProperty('--text-size', `${TEXT_SIZE_REM[settings.textSize]}rem`);
  html.style.setProperty('--line-height', String(LINE_HEIGHT[settings.lineSpacing]));
  void loadTypeface(settings.typeface);
}

const loaded = new Set<Typeface>(['book']);

/** Loads a typeface's CSS (and so its font files) once. A failure leaves the fallback fonts in the stack. */
async function loadTypeface(typeface: Typeface): Promise<void> {
  if (loaded.has(typeface)) return;
  loaded.add(typeface);
  try {
    switch (typeface) {
      case 'book':
        return;
      case 'hyperlegible':
        await Promise.all([
          import('@fontsource/atkinson-hyperlegible/400.css'),
          import('@fontsource/atkinson-hyperlegible/700.css'),
          import('@fontsource/atkinson-hyperlegible/400-italic.css'),
        ]);
        return;
      case 'dyslexic':
        await Promise.all([
          import('@fontsource/opendyslexic/400.css'),
          import('@fontsource/opendyslexic/700.css'),
          import('@fontsource/opendyslexic/400-italic.css'),
        ]);
        return;
    }
  } catch (error) {
    loaded.delete(typeface);
    console.warn('[settings] the typeface could not load; the fallback font is used.', error);
  }
}

export function devicePrefersReducedMotion(): boolean {
  try {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}
