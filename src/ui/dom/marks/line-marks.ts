import type { Source } from '../../../core/record/record-types.ts';
import type { Language } from '../../../core/settings/language.ts';
import type { MarksStrings } from '../../../languages/marks-strings.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import { recordFor } from '../../../languages/record-for-language.ts';
import { sourceList } from '../source-list.ts';
import '../../../styles/marks.css';

/**
 * Adds the marks to the story's lines (the StoryView writes `data-invented` and `data-cites` on each paragraph):
 * an "invented" mark, and a button naming the line's sources that opens them in a panel, as the Record lists
 * them. Each paragraph is marked once; marks stay in place when the setting goes off and are hidden by the
 * stylesheet (display: none, so screen readers skip them too). Only DOM writes and a selector query per frame: no
 * layout is read.
 */
export class LineMarks {
  private readonly sources: ReadonlyMap<string, Source>;
  private panel: Panel | null = null;

  constructor(
    private readonly t: MarksStrings,
    lang: Language,
    private readonly closeLabel: string,
  ) {
    this.sources = new Map(recordFor(lang).sources.map((s) => [s.id, s]));
  }

  decorate(story: HTMLElement): void {
    const lines = story.querySelectorAll<HTMLElement>(
      'p[data-invented]:not([data-marked]), p[data-cites]:not([data-marked])',
    );
    for (const p of lines) {
      p.dataset['marked'] = 'true';
      if (p.dataset['invented'] === 'true') p.append(this.inventedMark());
      const cited = (p.dataset['cites'] ?? '')
        .split(' ')
        .map((id) => this.sources.get(id))
        .filter((s): s is Source => s !== undefined);
      if (cited.length > 0) p.append(this.sourceButton(cited));
    }
  }

  private inventedMark(): HTMLElement {
    return el(
      'span',
      { className: 'line-mark mark-invented' },
      el('span', { attrs: { 'aria-hidden': 'true' } }, this.t.invented),
      el('span', { className: 'visually-hidden' }, this.t.inventedLine),
    );
  }

  private sourceButton(cited: readonly Source[]): HTMLElement {
    const button = el('button', { className: 'line-mark mark-source' }, this.t.source);
    button.setAttribute('type', 'button');
    button.setAttribute('aria-label', this.t.sourceButton(cited.map((s) => s.short)));
    button.setAttribute('aria-haspopup', 'dialog');
    button.addEventListener('click', () => this.open(cited));
    return button;
  }

  private open(cited: readonly Source[]): void {
    this.panel ??= new Panel({ id: 'line-sources', title: this.t.panelTitle, closeLabel: this.closeLabel });
    this.panel.body.replaceChildren(
      ...[sourceList(cited, this.t.sourcesLabel), el('p', { className: 'note' }, this.t.moreInRecord)].filter(
        (n): n is HTMLElement => n !== null,
      ),
    );
    this.panel.open();
  }
}
