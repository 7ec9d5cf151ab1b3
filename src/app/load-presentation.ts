import { DEFAULT_LANGUAGE, type Language } from '../core/settings/language.ts';
import type { StageOptions } from '../ui/phaser/stage-view.ts';
import type { Controller } from './controller.ts';
import { installTrustedTypesPolicy } from './trusted-types.ts';

/** Reduced motion: the player's setting (`html[data-motion]`) when set, else the device's preference. */
function prefersReducedMotion(): boolean {
  const setting = document.documentElement.dataset['motion'];
  if (setting === 'reduced') return true;
  if (setting === 'full') return false;
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Loads Phaser and howler after the story text is on screen, each in its own chunk. Either may fail (no WebGL,
 * blocked audio, missing files): the story goes on as text, with a warning in the console.
 */
export function loadPresentation(
  controller: Controller,
  stageElement: HTMLElement | null,
  stageOptions: StageOptions,
  options: { readonly offline: boolean; readonly lang?: Language },
): void {
  const later = (task: () => void): void => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 400 });
    else globalThis.setTimeout(task, 50);
  };

  // The offline copy (docs/kiosk.md): production builds only, when the mode asks for it. Its module installs the
  // Trusted Types policy (with the one script-URL rule it needs) before the stage's own call would.
  const offline =
    import.meta.env.PROD && options.offline
      ? import('./offline-copy.ts').then(
          (m) => m.startOfflineCopy(),
          (e: unknown) => console.warn('[offline]', e),
        )
      : null;

  later(() => {
    if (!stageElement) return;
    Promise.resolve(offline)
      .then(() => {
        installTrustedTypesPolicy(); // Phaser's SVG loader needs it (src/app/trusted-types.ts)
        return import('../ui/phaser/stage-view.ts');
      })
      .then(({ createStageView }) => createStageView(stageElement, stageOptions))
      .then((view) => {
        document.documentElement.dataset['renderer'] = view.renderer;
        controller.attachStage({ show: (stage) => view.show(stage, { reducedMotion: prefersReducedMotion() }) });
      })
      .catch((error: unknown) => {
        document.documentElement.dataset['renderer'] = 'none';
        console.warn('[pictures] the scenes could not start; the story goes on as text.', error);
      });
  });

  later(() => {
    import('./attach-sound.ts')
      .then(({ attachSound }) => attachSound(controller, options.lang ?? DEFAULT_LANGUAGE))
      .then((audio) => {
        const unlock = () => audio.unlock();
        window.addEventListener('pointerdown', unlock, { capture: true });
        window.addEventListener('keydown', unlock, { capture: true });
      })
      .catch((error: unknown) => console.warn('[sound] sound could not start; the story goes on silently.', error));
  });
}
