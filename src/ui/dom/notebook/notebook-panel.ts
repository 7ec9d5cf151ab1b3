// Loaded on demand (with the record data and the notebook's words): the notebook panel.
import type { GameState } from '../../../core/game/game-state.ts';
import { buildNotebook } from '../../../core/notebook/build-notebook.ts';
import type { Language } from '../../../core/settings/language.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import { recordFor } from '../../../languages/record-for-language.ts';
import type { NotebookStrings } from './notebook-strings.ts';
import { notebookView, type NotebookVariant } from '../notebook-view.ts';

/**
 * The notebook: one Panel (the native modal dialog: focus moves in, Escape closes, focus returns to the opener,
 * labelled by its heading), rebuilt from the game state each time it opens, so it always says where the story is.
 */
export class NotebookPanel {
  private readonly panel: Panel;

  constructor(
    private readonly t: NotebookStrings,
    private readonly lang: Language,
    private readonly chapterNames: Readonly<Record<string, string>>,
    private readonly variant: NotebookVariant,
  ) {
    this.panel = new Panel({ id: 'notebook', title: t.title, closeLabel: t.close, wide: true });
  }

  get isOpen(): boolean {
    return this.panel.isOpen;
  }

  open(game: GameState): void {
    const t = this.t;
    const notebook = buildNotebook(game, recordFor(this.lang));
    const view = notebookView(notebook, {
      t,
      chapterNames: this.chapterNames,
      variant: this.variant,
      idPrefix: 'notebook',
    });
    const lead = el('p', { className: 'lead' }, this.variant === 'kiosk' ? t.kioskIntro : t.intro);
    const key = el('p', { className: 'note keyboard-only' }, t.shortcutNote);
    this.panel.body.replaceChildren(lead, view, ...(this.variant === 'kiosk' ? [] : [key]));
    // Nothing in the notebook is a control, so focus lands on Close and the dialog's name is read first.
    this.panel.open();
  }

  close(): void {
    this.panel.close();
  }
}
