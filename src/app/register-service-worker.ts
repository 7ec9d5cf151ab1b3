import { SERVICE_WORKER_FILE } from './service-worker-file.ts';
import { setWaitingWorker } from './service-worker-update.ts';

/**
 * Registers the game's service worker (offline copy, docs/kiosk.md) from our own origin, scoped to the game's
 * folder. Loaded lazily (offline-copy.ts) with the pictures and sound, in production builds with `offline=on` only.
 * Anything missing or refused (no service workers, storage blocked, a private window) is logged and the game
 * runs exactly as without it. Marks html[data-offline]: `ready` once a worker controls the page with its
 * precache complete, `waiting` when a new version waits, `off` when registration failed.
 */
export async function registerServiceWorker(win: Window = window): Promise<void> {
  const html = win.document.documentElement;
  const container = win.navigator.serviceWorker;
  if (!container) {
    html.dataset['offline'] = 'off';
    console.warn('[offline] this browser has no service workers; the game runs online only');
    return;
  }
  try {
    const url = new URL(SERVICE_WORKER_FILE, win.document.baseURI).href;
    // Under Trusted Types the string goes through the default policy's script-URL rule, which lets exactly this
    // address through for this sink (offline-copy.ts).
    const registration = await container.register(url, { scope: './', updateViaCache: 'none' });
    const note = () => {
      // A worker waiting while another controls the page is a new version; the first install has no controller.
      if (registration.waiting && container.controller) {
        setWaitingWorker(registration.waiting);
        html.dataset['offline'] = 'waiting';
      }
    };
    note();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') note();
      });
    });
    await container.ready;
    const controlled = () => {
      if (container.controller && html.dataset['offline'] !== 'waiting') html.dataset['offline'] = 'ready';
    };
    if (container.controller) controlled();
    else container.addEventListener('controllerchange', controlled, { once: true });
  } catch (error) {
    html.dataset['offline'] = 'off';
    console.warn('[offline] the offline copy could not be set up; the game runs online only', error);
  }
}
