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
import { debriefView } from './debrief-view.ts';
import { inventedParagraphsFor } from './invented-paragraphs.ts';
import { recordFor } from './record-for-language.ts';

const SECTIONS: readonly ArchiveSection[] = ['happened', 'disputed', 'sources', 'invented'];

export class RecordPanels {
  private readonly archive: Panel;
  private readonly debrief: Panel;
  private readonly invented: string[];

  private readonly record: RecordData;

  constructor(
    private readonly t: RecordStrings,
    lang: Language = DEFAULT_LANGUAGE,
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
    const view = debriefView(debrief, t);
    const print = el('button', { attrs: { type: 'button' } }, t.print);
    print.addEventListener('click', () => window.print());
    const save = el('button', { attrs: { type: 'button' } }, t.saveFile);
    save.addEventListener('click', () =>
      downloadText(t.fileName, `${t.debriefTitle}\n\n${view.innerText || view.textContent || ''}`),
    );
    this.debrief.body.replaceChildren(el('div', { className: 'panel-actions' }, print, save), view);
    document.body.dataset['printing'] = 'debrief';
    this.debrief.open();
  }
}
