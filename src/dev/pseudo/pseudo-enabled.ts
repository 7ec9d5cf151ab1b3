/**
 * The pseudo-locale's id in `?lang=`: not a registry language, never offered to players. Only the dev server and the
 * unit tests (`import.meta.env.DEV`) and a build made with `vite build --mode pseudo` (the pseudo-locale e2e test
 * makes one) know it: the call sites test `import.meta.env.DEV || import.meta.env.MODE === 'pseudo'` themselves,
 * because Vite folds that expression to a constant when it builds, so a production build drops the pseudo-locale's
 * code and chunk entirely.
 */
export const PSEUDO_LANGUAGE = 'pseudo';
