import type { Feature } from '../../app/app-context.ts';
import '../../ui/dom/kiosk/kiosk.css';

/**
 * Kiosk mode (`?mode=kiosk`, the mode's `attractLoop`): marks the page as a kiosk at once and starts the kiosk
 * runtime (start-kiosk.ts) on demand, so other modes never download it.
 */
export const installKiosk: Feature = (context) => {
  if (!context.mode.attractLoop || context.mode.idleWarningMs === null) return;
  document.documentElement.dataset['mode'] = 'kiosk';
  void import('./start-kiosk.ts')
    .then(({ startKiosk }) => startKiosk(context))
    .catch((error: unknown) => console.error('[kiosk] the kiosk could not start', error));
};
