import type { AppContext } from '../../app/app-context.ts';
import { addressWithLanguage } from '../../app/resolve-language.ts';
import { serviceWorkerUpdate } from '../../app/service-worker-update.ts';
import { createLocalStorage } from '../../adapters/storage/local-storage.ts';
import { createResilientStorage } from '../../adapters/storage/resilient-storage.ts';
import { KIOSK_DEFAULTS, KioskRuntime } from '../../ui/dom/kiosk/kiosk-runtime.ts';

/**
 * Builds the kiosk runtime for the page's lifetime from the browser's parts (install-kiosk.ts loads this module on
 * demand, so other modes never download it). Staff numbers live in the device's localStorage (they must survive
 * the planned reloads); the visitor's own storage stays the mode's memory store. The app's pieces the kiosk UI may
 * not import itself (the language address, the waiting service worker) are handed to it here.
 */
export function startKiosk(context: AppContext): KioskRuntime {
  return new KioskRuntime({
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
    // The kiosk's defaults travel with its runtime: home and classroom readers never download either.
    defaults: {
      ...KIOSK_DEFAULTS,
      warningMs: context.mode.idleWarningMs ?? KIOSK_DEFAULTS.warningMs,
      countdownMs: context.mode.idleCountdownMs,
    },
  });
}
