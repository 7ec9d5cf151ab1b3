/**
 * A new version of the game that is installed and waiting (a service worker in the `installed` state while an
 * older one controls the page). The registration glue (register-service-worker.ts) records it; the kiosk applies
 * it at an idle reset (core/kiosk/update-decision.ts). Outside kiosk mode nobody applies it: the browser switches
 * on the next visit, as it always does.
 */
export interface WaitingUpdate {
  waiting(): boolean;
  /** Tells the waiting worker to take over, then reloads the page into the new version (once). */
  apply(reload: () => void): void;
}

/** The message the service worker (tools/sw/service-worker.js) answers with skipWaiting(). */
const TAKE_OVER = 'take-over';
/** If the new worker never takes over (a stuck install), the page reloads anyway after this long. */
const TAKE_OVER_TIMEOUT_MS = 5_000;

let worker: ServiceWorker | null = null;
let applying = false;

export function setWaitingWorker(next: ServiceWorker | null): void {
  worker = next;
}

export const serviceWorkerUpdate: WaitingUpdate = {
  waiting: () => worker !== null && !applying,
  apply(reload) {
    if (worker === null || applying) return;
    applying = true;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      reload();
    };
    try {
      navigator.serviceWorker.addEventListener('controllerchange', once, { once: true });
      worker.postMessage({ type: TAKE_OVER });
    } catch (error) {
      console.warn('[offline] the new version could not take over; reloading', error);
    }
    setTimeout(once, TAKE_OVER_TIMEOUT_MS);
  },
};
