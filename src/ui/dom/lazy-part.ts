import type { Notices } from './notices.ts';

export interface LazyPartOptions {
  readonly notices: Pick<Notices, 'show'>;
  /** What the player reads when the part is missing (from the language tables). */
  readonly message: string;
  /** The label of the button that reloads the page. */
  readonly reloadLabel: string;
  readonly reload: () => void;
  readonly logger?: Pick<Console, 'error'>;
}

/**
 * A part of the game loaded on first use (its own chunk: the saves dialog, the Record, the classroom panels). A page
 * left open across a redeploy asks for a chunk the server no longer has: the import fails, and the player would
 * press a button that does nothing. Here a failed load is said plainly with a Reload button (the autosave is
 * written as the page goes), the story on screen goes on, and the next press tries again. Resolves to null then.
 */
export function lazyPart<T>(load: () => Promise<T>, what: string, options: LazyPartOptions): () => Promise<T | null> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load();
    return loaded.catch((error: unknown) => {
      loaded = null;
      (options.logger ?? console).error(`[${what}] this part of the game could not be loaded`, error);
      options.notices.show(options.message, 'warning', { label: options.reloadLabel, run: options.reload });
      return null;
    });
  };
}

/** The options every lazily loaded part of the page uses: its notices, its language's words, a real page reload. */
export function pageReloadNotice(
  notices: Pick<Notices, 'show'>,
  strings: { readonly partMissing: string; readonly reloadPage: string },
): LazyPartOptions {
  return {
    notices,
    message: strings.partMissing,
    reloadLabel: strings.reloadPage,
    reload: () => window.location.reload(),
  };
}
