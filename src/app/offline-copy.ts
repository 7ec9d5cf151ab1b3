import { allowHtml } from './trusted-types.ts';
import { registerServiceWorker } from './register-service-worker.ts';
import { SERVICE_WORKER_FILE } from './service-worker-file.ts';

/** The sink name Chromium passes to the default policy for navigator.serviceWorker.register. */
export const SERVICE_WORKER_SINK = 'ServiceWorkerContainer register';

/** The one script URL let through: exactly our own service worker's address, and only for the register sink. */
export function allowScriptUrl(input: string, sink: string, serviceWorkerUrl: string): string | null {
  return sink === SERVICE_WORKER_SINK && input === serviceWorkerUrl ? input : null;
}

type Rule = (input: string, type: string, sink: string) => string | null;
interface Factory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML: Rule; createScriptURL: Rule }): unknown;
}

/**
 * The Trusted Types default policy of a page with the offline copy: the same HTML rule as every page
 * (trusted-types.ts: our own SVG text to DOMParser, nothing else) plus one script-URL rule, because
 * `navigator.serviceWorker.register` is a script-URL sink. Any other script URL, or this one for another sink
 * (a script element's src), stays blocked. Keeping it in the default policy keeps the CSP's `trusted-types
 * default` unchanged. Does nothing where Trusted Types are missing or a default policy exists.
 */
export function installOfflinePolicy(
  serviceWorkerUrl: string,
  scope: { trustedTypes?: Factory } = globalThis as never,
): void {
  const factory = scope.trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createHTML: (input, _type, sink) => allowHtml(input, sink),
    createScriptURL: (input, _type, sink) => allowScriptUrl(input, sink, serviceWorkerUrl),
  });
}

/**
 * Starts the offline copy: installs the policy at once (before the stage needs one), then registers the service
 * worker when the page is idle, after the first text. Never throws: without it the game runs online as always.
 */
export function startOfflineCopy(win: Window = window): void {
  try {
    installOfflinePolicy(new URL(SERVICE_WORKER_FILE, win.document.baseURI).href);
  } catch (error) {
    console.warn('[offline] the Trusted Types policy could not be set up', error);
  }
  const register = () => void registerServiceWorker(win);
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(register, { timeout: 2_000 });
  else win.setTimeout(register, 200);
}
