import type { Feature } from '../../app/app-context.ts';
import { addressWithLanguage } from '../../app/resolve-language.ts';
import { createLocalStorage } from '../../adapters/storage/local-storage.ts';
import { createResilientStorage } from '../../adapters/storage/resilient-storage.ts';
import '../../ui/dom/kiosk/kiosk.css';

/**
 * Kiosk mode (`?mode=kiosk`, the mode's `attractLoop`): installs the kiosk runtime for the page's lifetime.
 * Staff numbers live in the device's localStorage (they must survive the planned reloads); the visitor's own
 * storage stays the mode's memory store. Loaded on demand so other modes never download it.
 */
export const installKiosk: Feature = (context) => {
  if (!context.mode.attractLoop || context.mode.idleWarningMs === null) return;
  document.documentElement.dataset['mode'] = 'kiosk';
  // The kiosk's defaults travel with its runtime: home and classroom readers never download either.
  void Promise.all([import('../../ui/dom/kiosk/kiosk-runtime.ts'), import('../../app/service-worker-update.ts')])
    .then(([{ KioskRuntime, KIOSK_DEFAULTS }, { serviceWorkerUpdate }]) => {
      new KioskRuntime({
        context,
        win: window,
        monotonic: () => performance.now(),
        wall: () => Date.now(),
        // A full or refusing device keeps the staff numbers in memory while the page is open (and reads what it holds).
        staffStore: createResilientStorage(createLocalStorage(), (why) =>
          console.warn(`[kiosk] staff numbers kept in memory: storage ${why}`),
        ),
        search: window.location.search,
        reload: () => window.location.reload(),
        addressIn: (lang) => addressWithLanguage(window.location.search, lang, { visit: 'begin' }),
        update: serviceWorkerUpdate,
        closeWindow: () => {
          window.close();
          return window.closed;
        },
        deviceLanguage: navigator.language,
        defaults: {
          ...KIOSK_DEFAULTS,
          warningMs: context.mode.idleWarningMs ?? KIOSK_DEFAULTS.warningMs,
          countdownMs: context.mode.idleCountdownMs,
        },
      });
    })
    .catch((error: unknown) => console.error('[kiosk] the kiosk could not start', error));
};
