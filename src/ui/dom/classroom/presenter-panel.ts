import {
  DISPUTE_IDS,
  RESULT_CHAPTERS,
  RESULT_DISPUTES,
  RESULT_PROPOSALS,
} from '../../../core/classroom/class-result.ts';
import { summariseClass } from '../../../core/classroom/class-summary.ts';
import { parseRoster, readResults, rosterStatus } from '../../../core/classroom/presenter-roster.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';
import type { TeacherStrings } from '../../../languages/teacher-strings.ts';
import { el } from '../el.ts';
import './presenter.css';

/** Where the teacher's class list is kept: in this browser only, never in a code or a file. */
export const ROSTER_KEY = 'presenter-roster';

type InPlace = 'yes' | 'no' | 'partly' | 'unclear';

/** What the presenter view needs from the record and the guide, in the page's language. */
export interface PresenterLabels {
  readonly chapterName: (id: string) => string;
  /** The question the game shows at the chapter's pause point. */
  readonly pausePrompt: (chapter: string) => string | undefined;
  readonly question: (disputeId: string) => string;
  readonly consensus: (disputeId: string) => string | undefined;
  readonly view: (viewId: string) => string;
  readonly measure: (measureId: string) => string;
  /** Whether a proposed defence was in place on 20 August 1940, by the record. */
  readonly inPlace: (measureId: string) => InPlace | undefined;
}

/**
 * The presenter view for a projector (1920 × 1080): the chapter's pause question in large type, who has handed in
 * a result (matched by the initials students put in their codes against the class list the teacher types, kept on
 * this device only), and the class's views and proposals beside the record. A full-screen modal dialog: ← and →
 * change the chapter, Escape or Close leaves. Codes are read on this machine and forgotten when the page closes.
 */
export class PresenterPanel {
  readonly dialog: HTMLDialogElement;
  private readonly codes: HTMLTextAreaElement;
  private readonly names: HTMLTextAreaElement;
  private readonly chapterLabel: HTMLElement;
  private readonly question: HTMLElement;
  private readonly roster: HTMLElement;
  private readonly compare: HTMLElement;
  private chapter = 0;

  constructor(
    private readonly w: TeacherStrings,
    private readonly labels: PresenterLabels,
    private readonly storage: StoragePort,
  ) {
    this.dialog = el('dialog', {
      id: 'presenter',
      className: 'presenter',
      attrs: { 'aria-labelledby': 'presenter-title' },
    });
    const previous = el('button', { attrs: { type: 'button', 'data-action': 'previous' } }, `← ${w.presenterPrevious}`);
    const next = el('button', { attrs: { type: 'button', 'data-action': 'next' } }, `${w.presenterNext} →`);
    const close = el('button', { attrs: { type: 'button', 'data-action': 'close' } }, w.close);
    previous.addEventListener('click', () => this.step(-1));
    next.addEventListener('click', () => this.step(1));
    close.addEventListener('click', () => this.dialog.close());
    this.chapterLabel = el('p', { className: 'presenter-chapter', attrs: { 'aria-live': 'polite' } });
    this.question = el('p', { className: 'presenter-question', id: 'presenter-question' });
    this.roster = el('div', { className: 'presenter-roster' });
    this.compare = el('div', { className: 'presenter-compare' });
    this.codes = el('textarea', {
      id: 'presenter-codes',
      attrs: { rows: '4', spellcheck: 'false', autocomplete: 'off' },
    });
    this.names = el('textarea', {
      id: 'presenter-names',
      attrs: { rows: '4', spellcheck: 'false', autocomplete: 'off' },
    });
    this.names.value = storage.read(ROSTER_KEY) ?? '';
    const show = el(
      'button',
      { className: 'primary', attrs: { type: 'button', 'data-action': 'show' } },
      w.presenterAdd,
    );
    show.addEventListener('click', () => {
      this.storage.write(ROSTER_KEY, parseRoster(this.names.value).join('\n'));
      this.render();
    });
    const clear = el('button', { attrs: { type: 'button', 'data-action': 'clear' } }, w.presenterClear);
    clear.addEventListener('click', () => {
      this.codes.value = '';
      this.render();
    });
    const field = (input: HTMLTextAreaElement, label: string, help: string) =>
      el(
        'div',
        { className: 'presenter-field' },
        el('label', { attrs: { for: input.id } }, label),
        el('p', { className: 'presenter-help', id: `${input.id}-help` }, help),
        input,
      );
    this.codes.setAttribute('aria-describedby', 'presenter-codes-help');
    this.names.setAttribute('aria-describedby', 'presenter-names-help');
    const setup = el(
      'details',
      { className: 'presenter-setup' },
      el('summary', {}, `${w.presenterPaste} · ${w.presenterNames}`),
      el('p', { className: 'presenter-help' }, w.presenterHelp),
      el(
        'div',
        { className: 'presenter-fields' },
        field(this.codes, w.presenterPaste, w.presenterPasteHelp),
        field(this.names, w.presenterNames, w.presenterNamesHelp),
      ),
      el('div', { className: 'presenter-actions' }, show, clear),
    );
    const section = (id: string, heading: string, ...children: HTMLElement[]) =>
      el('section', { attrs: { 'aria-labelledby': id } }, el('h3', { id }, heading), ...children);
    this.dialog.append(
      el(
        'header',
        { className: 'presenter-bar' },
        el('h2', { id: 'presenter-title' }, w.presenterTitle),
        el('p', { className: 'presenter-keys' }, w.presenterKeys),
        el('div', { className: 'presenter-nav' }, previous, next, close),
      ),
      el(
        'div',
        { className: 'presenter-grid' },
        section('presenter-q', w.presenterQuestion, this.chapterLabel, this.question),
        section('presenter-f', w.presenterRoster, this.roster),
        section('presenter-c', w.presenterCompare, this.compare),
      ),
      setup,
    );
    this.dialog.addEventListener('keydown', (event) => {
      const target = event.target;
      if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return;
      if (event.key === 'ArrowLeft') this.step(-1);
      else if (event.key === 'ArrowRight') this.step(1);
      else return;
      event.preventDefault();
    });
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Opens on `chapter` (the chapter being played, or the first), with the setup open while there is nothing to show. */
  open(chapter: string | null): void {
    const at = chapter === null ? -1 : (RESULT_CHAPTERS as readonly string[]).indexOf(chapter);
    this.chapter = Math.max(0, at);
    this.render();
    const setup = this.dialog.querySelector('details');
    if (setup) setup.open = this.codes.value.trim() === '';
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>('[data-action="next"]')?.focus({ preventScroll: true });
  }

  private step(by: number): void {
    this.chapter = Math.min(RESULT_CHAPTERS.length - 1, Math.max(0, this.chapter + by));
    this.render();
  }

  private render(): void {
    const { w, labels } = this;
    const chapter = RESULT_CHAPTERS[this.chapter] ?? RESULT_CHAPTERS[0];
    this.chapterLabel.textContent = `${w.presenterChapter}: ${labels.chapterName(chapter)}`;
    this.question.textContent = labels.pausePrompt(chapter) ?? '';
    const texts = this.codes.value.trim() === '' ? [] : [this.codes.value];
    const results = readResults(texts);
    const summary = summariseClass(texts);
    this.renderRoster(parseRoster(this.names.value), results, chapter, summary.rejected.length);
    this.renderCompare(summary);
  }

  private renderRoster(
    names: readonly string[],
    results: ReturnType<typeof readResults>,
    chapter: string,
    rejected: number,
  ): void {
    const { w } = this;
    const status = rosterStatus(names, results, chapter);
    const finished = status.rows.filter((r) => r.finished).length;
    const children: HTMLElement[] = [];
    if (names.length > 0) {
      children.push(
        el(
          'p',
          { className: 'presenter-count', attrs: { 'data-finished': String(finished) } },
          `${w.presenterFinished}: ${finished} / ${names.length}`,
        ),
        el(
          'ul',
          { className: 'presenter-names' },
          ...status.rows.map((row) =>
            el(
              'li',
              { attrs: { 'data-finished': String(row.finished) } },
              el('span', { className: 'presenter-mark', attrs: { 'aria-hidden': 'true' } }, row.finished ? '✓' : '·'),
              el('span', { className: 'presenter-name' }, row.name),
              el('span', { className: 'presenter-state' }, row.finished ? w.presenterFinished : w.presenterNotYet),
            ),
          ),
        ),
      );
    } else {
      children.push(el('p', { className: 'presenter-count' }, w.presenterStudents(results.length)));
    }
    const others = names.length > 0 ? status.unmatched : [];
    if (others.length > 0)
      children.push(
        el(
          'p',
          { className: 'presenter-others' },
          `${w.presenterOthers}: ${others.map((r) => r.initials || w.presenterNoInitials).join(', ')}`,
        ),
      );
    if (results.length === 0) children.push(el('p', { className: 'presenter-empty' }, w.presenterNoCodes));
    if (rejected > 0) children.push(el('p', { className: 'presenter-rejected' }, w.presenterRejected(rejected)));
    this.roster.replaceChildren(...children);
  }

  private renderCompare(summary: ReturnType<typeof summariseClass>): void {
    const { w, labels } = this;
    const total = Math.max(1, summary.students);
    /** One counted row: label, count, a bar as wide as the count's share of the class (CSSOM: the CSP allows it). */
    const row = (key: string, label: string, count: number, extra?: string) => {
      const fill = el('span', { className: 'presenter-bar-fill', attrs: { 'aria-hidden': 'true' } });
      fill.style.width = `${Math.round((count / total) * 100)}%`;
      return el(
        'tr',
        { attrs: { 'data-key': key } },
        el('th', { attrs: { scope: 'row' } }, label),
        el('td', { className: 'presenter-n', attrs: { 'data-count': String(count) } }, String(count)),
        el('td', { className: 'presenter-meter' }, fill),
        extra === undefined ? null : el('td', {}, extra),
      );
    };
    /** Column widths in per cent (the tables are laid out fixed, so a long label wraps instead of squeezing). */
    const columns = (widths: readonly number[]) =>
      el(
        'colgroup',
        {},
        ...widths.map((width) => {
          const col = el('col');
          col.style.width = `${width}%`;
          return col;
        }),
      );
    const disputes = DISPUTE_IDS.map((id) => {
      const counts = summary.views[id];
      const consensus = labels.consensus(id);
      return el(
        'div',
        { className: 'presenter-dispute', attrs: { 'data-dispute': id } },
        el('h4', {}, labels.question(id)),
        el(
          'table',
          { className: 'presenter-table' },
          el('caption', { className: 'presenter-caption' }, w.presenterClassSays),
          columns([58, 12, 30]),
          el(
            'tbody',
            {},
            ...RESULT_DISPUTES[id].map((view) => row(view, labels.view(view), counts[view] ?? 0)),
            row('none', w.presenterNoView, counts['none'] ?? 0),
          ),
        ),
        consensus
          ? el('p', { className: 'presenter-consensus' }, el('strong', {}, `${w.presenterRecordSays}: `), consensus)
          : null,
      );
    });
    const proposals = el(
      'div',
      { className: 'presenter-dispute', attrs: { 'data-table': 'proposals' } },
      el('h4', {}, w.presenterProposals),
      el(
        'table',
        { className: 'presenter-table presenter-table-proposals' },
        columns([42, 9, 14, 35]),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'col' } }, el('span', { className: 'presenter-hidden' }, w.presenterProposals)),
            el('th', { attrs: { scope: 'col' } }, el('span', { className: 'presenter-hidden' }, w.presenterClassSays)),
            el('td', {}),
            el('th', { attrs: { scope: 'col' } }, w.presenterInPlace),
          ),
        ),
        el(
          'tbody',
          {},
          ...RESULT_PROPOSALS.map((id) => {
            const inPlace = labels.inPlace(id);
            return row(
              id,
              labels.measure(id),
              summary.proposals[id] ?? 0,
              inPlace ? w.presenterInPlaceValues[inPlace] : '',
            );
          }),
        ),
      ),
    );
    this.compare.replaceChildren(...disputes, proposals);
  }
}
