/**
 * What each feature does when a visitor's traces must go (the kiosk's idle reset): features register a hook, the
 * kiosk runs them all. Nothing finds another feature's buttons or reaches into its state (docs/kiosk.md).
 */
export interface ResetHooks {
  /** Adds a hook under a name (for the log when it fails); returns a function that removes it. */
  register(name: string, hook: () => void): () => void;
  /**
   * Runs every hook in the order registered. A hook that throws does not stop the others; the failures come back
   * by name so the caller can log them.
   */
  runAll(): readonly { readonly name: string; readonly error: unknown }[];
}

export function createResetHooks(): ResetHooks {
  const hooks: { readonly name: string; readonly hook: () => void }[] = [];
  return {
    register(name, hook) {
      const entry = { name, hook };
      hooks.push(entry);
      return () => {
        const at = hooks.indexOf(entry);
        if (at >= 0) hooks.splice(at, 1);
      };
    },
    runAll() {
      const failures: { name: string; error: unknown }[] = [];
      for (const { name, hook } of [...hooks]) {
        try {
          hook();
        } catch (error) {
          failures.push({ name, error });
        }
      }
      return failures;
    },
  };
}
