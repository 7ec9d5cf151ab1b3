/** The pseudo-locale's id in `?lang=`: not a registry language, never offered to players. */
export const PSEUDO_LANGUAGE = 'pseudo';

/**
 * Whether this build knows the pseudo-locale: the dev server and the unit tests (DEV), and a build made with
 * `vite build --mode pseudo` (the pseudo-locale e2e test makes one). Vite replaces both values when it builds, so a
 * production build drops the pseudo-locale's code and chunk entirely. Call sites repeat the expression (not this
 * function) where the bundler must see a constant; this is for the rest.
 */
export function pseudoLocaleEnabled(): boolean {
  return import.meta.env.DEV || import.meta.env.MODE === 'pseudo';
}
