// Loaded on demand (the record data is not needed for the first text): the archive and debrief panels.
import { buildDebrief } from '../../../core/record/build-debrief.ts';
import type { GameState } from '../../../core/game/game-state.ts';
import type { RecordData } from '../../../core/record/record-types.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../core/settings/language.ts';
import type { RecordStrings } from '../../strings/en-record.ts';
import { downloadText } from '../download-text.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import { archiveView, type ArchiveSection } from './archive-view.ts';
import { debriefView } from '../debrief-view.ts';
import { buildNotebook } from '../../../core/notebook/build-notebook.ts';
import { REFUSED_PROPOSALS } from '../../../core/notebook/refusals.ts';
import type { NotebookStrings } from '../notebook/notebook-strings.ts';
import { notebookView, type NotebookVariant } from '../notebook-view.ts';
import { shortDebriefView, type DebriefWords } from './debrief-short.ts';
import { kioskDebriefView } from './kiosk-debrief.ts';
import { inventedParagraphsFor, loadInventedFor } from './invented-paragraphs.ts';
import { loadRecordFor, recordFor } from '../../../languages/record-for-language.ts';

const SECTIONS: readonly ArchiveSection[] = ['happened', 'disputed', 'sources', 'invented'];

/** What the debrief adds to the record's labels: the notebook's words, chapter names, and which telling. */
export interface DebriefParts {
  readonly nt: NotebookStrings;
  readonly chapterNames: Readonly<Record<string, string>>;
  /** 'kiosk': the short form is three cards in large type (the kiosk's cut). */
  readonly variant: NotebookVariant;
}

/** The panels once the record's text and the invented page in `lang` have loaded (each its own chunk). */
export async function loadRecordPanels(t: RecordStrings, lang: Language, parts?: DebriefParts): Promise<RecordPanels> {
  await Promise.all([loadRecordFor(lang), loadInventedFor(lang)]);
  return new RecordPanels(t, lang, parts);
}

/** Built by loadRecordPanels (or after its loads): the constructor reads the loaded record and page. */
export class RecordPanels {
  private readonly archive: Panel;
  private readonly debrief: Panel;
  private readonly invented: string[];

  private readonly record: RecordData;

  constructor(
    private readonly t: RecordStrings,
    lang: Language = DEFAULT_LANGUAGE,
    private readonly parts?: DebriefParts,
  ) {
    this.record = recordFor(lang);
    this.invented = inventedParagraphsFor(lang);
    this.archive = new Panel({ id: 'archive', title: t.archiveTitle, closeLabel: t.close, wide: true });
    this.debrief = new Panel({ id: 'debrief', title: t.debriefTitle, closeLabel: t.close, wide: true });
  }

  openArchive(game: GameState, section: ArchiveSection = 'happened'): void {
    const t = this.t;
    const labels: Record<ArchiveSection, string> = {
      happened: t.happened,
      disputed: t.disputed,
      sources: t.sourcesTab,
      invented: t.invented,
    };
    const content = el('div', {
      className: 'archive-content',
      id: 'archive-content',
      attrs: { role: 'region', 'aria-live': 'polite', 'aria-label': labels[section] },
    });
    content.append(archiveView(game, this.record, t, this.invented, section));
    const tabs = el(
      'div',
      { className: 'archive-tabs', attrs: { role: 'group', 'aria-label': t.tabsLabel } },
      ...SECTIONS.map((s) => {
        const button = el(
          'button',
          { attrs: { type: 'button', 'aria-pressed': String(s === section), 'data-section': s } },
          labels[s],
        );
        button.addEventListener('click', () => this.openArchive(game, s));
        return button;
      }),
    );
    this.archive.body.replaceChildren(tabs, content);
    if (!this.archive.isOpen) this.archive.open();
    else tabs.querySelector<HTMLButtonElement>(`[data-section="${section}"]`)?.focus();
  }

  /**
   * The debrief: the short form first (the player's story, views and the record in brief; in the kiosk, three
   * cards), the long form one button away. The button stays where it is and keeps focus when pressed, and says
   * which form it will show next.
   */
  openDebrief(game: GameState): void {
    const t = this.t;
    const debrief = buildDebrief(
      {
        chronicle: game.chronicle.map((e) => e.beat),
        pushbacks: game.pushbacks.map((p) => ({ id: p.id, chapter: p.checkpoint ?? '' })),
        views: game.views,
        measures: game.measures,
        role: game.role,
      },
      this.record,
    );
    const parts = this.parts;
    const notebook = parts ? buildNotebook(game, this.record) : null;
    const long = () =>
      parts && notebook
        ? debriefView(debrief, t, {
            notebook: notebookView(notebook, {
              t: parts.nt,
              chapterNames: parts.chapterNames,
              variant: parts.variant,
              idPrefix: 'debrief-notebook',
            }),
            skipAttempts: REFUSED_PROPOSALS,
          })
        : debriefView(debrief, t);
    const form = el('div', { id: 'debrief-form' });
    const actions = el('div', { className: 'panel-actions' });
    if (parts && notebook) {
      const words: DebriefWords = { t, nt: parts.nt, chapterNames: parts.chapterNames };
      const short = () =>
        parts.variant === 'kiosk'
          ? kioskDebriefView(debrief, notebook, words)
          : shortDebriefView(debrief, notebook, words);
      const toShort = parts.nt.showShort;
      const toLong = parts.variant === 'kiosk' ? parts.nt.kioskCards.openRecord : parts.nt.showLong;
      const toggle = el(
        'button',
        { id: 'debrief-toggle', attrs: { type: 'button', 'aria-controls': 'debrief-form' } },
        toLong,
      );
      const show = (which: 'short' | 'long') => {
        form.dataset['form'] = which;
        form.replaceChildren(which === 'short' ? short() : long());
        toggle.textContent = which === 'short' ? toLong : toShort;
      };
      toggle.addEventListener('click', () => {
        show(form.dataset['form'] === 'short' ? 'long' : 'short');
        this.debrief.body.scrollTop = 0;
      });
      show('short');
      this.debrief.body.replaceChildren(actions, el('div', { className: 'debrief-toggle' }, toggle), form);
    } else {
      form.append(long());
      this.debrief.body.replaceChildren(actions, form);
    }
    const print = el('button', { attrs: { type: 'button' } }, t.print);
    print.addEventListener('click', () => window.print());
    const save = el('button', { attrs: { type: 'button' } }, t.saveFile);
    save.addEventListener('click', () =>
      downloadText(t.fileName, `${t.debriefTitle}\n\n${form.innerText || form.textContent || ''}`),
    );
    actions.append(print, save);
    document.body.dataset['printing'] = 'debrief';
    this.debrief.open();
  }
}
