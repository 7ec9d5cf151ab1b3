import type { CodeProblem } from '../../../core/codes/code-problem.ts';
import {
  DISPUTE_IDS,
  RESULT_CHAPTERS,
  RESULT_DISPUTES,
  RESULT_PROPOSALS,
  RESULT_PUSHBACKS,
  RESULT_ROLES,
} from '../../../core/classroom/class-result.ts';
import { MAX_CLASS_TEXT, summariseClass, type ClassSummary } from '../../../core/classroom/class-summary.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';

/** Labels the class view needs from the record: questions, view labels, attempts, measures. */
export interface ClassViewLabels {
  readonly chapterName: (id: string) => string;
  readonly question: (disputeId: string) => string;
  readonly view: (viewId: string) => string;
  readonly attempt: (pushbackId: string) => string;
  readonly measure: (measureId: string) => string;
}

/**
 * The teacher's class view: paste codes or open result files, and see the class's roles, chapters, views at the
 * disputed points, attempts and proposals as counts. Everything happens on this machine (FileReader on files the
 * teacher picked); the summary prints.
 */
export class ClassViewPanel {
  readonly panel: Panel;
  private readonly textarea: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private fileTexts: string[] = [];
  /** How many batches of files were chosen: only the latest one's texts are kept. */
  private batches = 0;
  /** Says how far the reading of opened files has got ("Reading 3 of 12 files…"), read out by screen readers. */
  private readonly fileStatus: HTMLElement;

  constructor(
    private readonly t: ClassroomStrings,
    private readonly labels: ClassViewLabels,
  ) {
    this.panel = new Panel({ id: 'class-view', title: t.classViewTitle, closeLabel: t.close, wide: true });
    this.textarea = el('textarea', {
      id: 'class-codes',
      attrs: { rows: '5', spellcheck: 'false', autocomplete: 'off' },
    });
    this.fileStatus = el('p', {
      className: 'status-line',
      id: 'class-files-status',
      attrs: { role: 'status', 'aria-live': 'polite' },
    });
    const files = el('input', { id: 'class-files', attrs: { type: 'file', multiple: '', accept: '.txt,text/plain' } });
    files.addEventListener('change', () => void this.readFiles(files));
    const show = el(
      'button',
      { className: 'primary', attrs: { type: 'button', 'data-action': 'show-class' } },
      t.showClass,
    );
    show.addEventListener('click', () => this.render());
    const clear = el('button', { attrs: { type: 'button' } }, t.clearClass);
    clear.addEventListener('click', () => {
      this.textarea.value = '';
      files.value = '';
      this.fileTexts = [];
      this.batches++; // a batch still being read is dropped too: "Start again" means empty
      this.fileStatus.textContent = '';
      this.render();
    });
    const print = el('button', { attrs: { type: 'button' } }, t.print);
    print.addEventListener('click', () => window.print());
    this.output = el('div', {
      className: 'class-summary',
      id: 'class-summary',
      attrs: { role: 'region', 'aria-live': 'polite', 'aria-label': t.classViewTitle },
    });
    this.panel.body.append(
      el('div', { className: 'panel-actions' }, print),
      el('p', { className: 'help' }, t.classViewHelp),
      el(
        'div',
        { className: 'field class-input' },
        el('label', { attrs: { for: 'class-codes' } }, t.pasteLabel),
        this.textarea,
      ),
      el(
        'div',
        { className: 'field class-input' },
        el('label', { attrs: { for: 'class-files' } }, t.filesLabel),
        files,
        this.fileStatus,
      ),
      el('div', { className: 'save-actions' }, show, clear),
      this.output,
    );
  }

  open(): void {
    this.render();
    this.panel.open();
  }

  private async readFiles(input: HTMLInputElement): Promise<void> {
    // Files chosen again while a batch is still being read replace it: the older batch, finishing later, must not
    // put its texts over the newer choice (the file input now shows only the newer files).
    const batch = ++this.batches;
    const texts: string[] = [];
    const problems: string[] = [];
    const chosen = [...(input.files ?? [])];
    for (const [i, file] of chosen.entries()) {
      if (batch !== this.batches) return;
      this.fileStatus.textContent = this.t.readingFiles(i + 1, chosen.length);
      // One file at a time, with a turn of the event loop between them: the page stays responsive and the status
      // above is painted and announced while a class's worth of files is read.
      await nextTurn();
      // A file bigger than any class's codes is said by name, never skipped in silence.
      if (file.size > MAX_CLASS_TEXT) {
        problems.push(this.t.fileTooLarge(file.name));
        continue;
      }
      try {
        texts.push(await file.text());
      } catch {
        problems.push(this.t.fileUnreadable(file.name));
      }
    }
    if (batch !== this.batches) return;
    this.fileTexts = texts;
    this.fileStatus.textContent = this.t.filesRead(chosen.length);
    this.render(problems);
  }

  /** The summary of everything given so far (pasted text plus opened files). */
  summary(): ClassSummary {
    return summariseClass([this.textarea.value, ...this.fileTexts]);
  }

  private render(problems: readonly string[] = []): void {
    const t = this.t;
    const s = this.summary();
    /** The core says why a code was refused with a code; the page's language words it. */
    const why = (rejected: { readonly problem: CodeProblem }) => ` ${t.resultProblem[rejected.problem]}`;
    const children: HTMLElement[] = problems.map((p) => el('p', { className: 'status-line' }, p));
    if (s.students === 0 && s.rejected.length === 0) {
      this.output.replaceChildren(...children, el('p', {}, t.nothingLoaded));
      return;
    }
    children.push(
      el(
        'p',
        { className: 'class-count', attrs: { 'data-students': String(s.students) } },
        el('strong', {}, t.students(s.students)),
      ),
    );
    if (s.cut > 0) children.push(el('p', { className: 'status-line' }, t.textCut(s.cut)));
    if (s.duplicates > 0) {
      children.push(
        el('p', { className: 'note' }, t.duplicates(s.duplicates)),
        el(
          'ul',
          { className: 'repeated' },
          ...s.repeated.map((r) => el('li', {}, el('code', {}, t.repeatedCode(r.label, r.times)))),
        ),
      );
    }
    if (s.handedIn.length > 0) {
      children.push(
        el('h3', { id: 'handed-in-title' }, t.handedInTitle),
        el(
          'ul',
          { className: 'handed-in', attrs: { 'aria-labelledby': 'handed-in-title' } },
          ...s.handedIn.map((r) =>
            el('li', { attrs: { 'data-times': String(r.times) } }, t.handedIn(r.label, r.times)),
          ),
        ),
      );
    }
    const L = this.labels;
    children.push(
      this.table(
        'roles',
        t.rolesTitle,
        RESULT_ROLES.map((id) => [id, t.roleNames[id] ?? id, s.roles[id] ?? 0]),
      ),
      this.table(
        'chapters',
        t.chaptersTitle,
        RESULT_CHAPTERS.map((id) => [id, L.chapterName(id), s.chapters[id] ?? 0]),
      ),
      ...DISPUTE_IDS.map((d) =>
        this.table(`view-${d}`, L.question(d), [
          ...RESULT_DISPUTES[d].map((v): [string, string, number] => [v, L.view(v), s.views[d][v] ?? 0]),
          ['none', t.noView, s.views[d]['none'] ?? 0],
        ]),
      ),
      this.table(
        'attempts',
        t.attemptsTitle,
        RESULT_PUSHBACKS.map((id) => [id, L.attempt(id), s.attempts[id] ?? 0]),
      ),
      this.table(
        'proposals',
        t.proposalsTitle,
        RESULT_PROPOSALS.map((id) => [id, L.measure(id), s.proposals[id] ?? 0]),
      ),
    );
    if (s.rejected.length > 0) {
      children.push(
        el('h3', {}, t.rejectedTitle),
        el('ul', { className: 'rejected' }, ...s.rejected.map((r) => el('li', {}, el('code', {}, r.text), why(r)))),
      );
    }
    this.output.replaceChildren(...children);
  }

  private table(id: string, caption: string, rows: readonly (readonly [string, string, number])[]): HTMLElement {
    const max = Math.max(1, ...rows.map((r) => r[2]));
    return el(
      'table',
      { className: 'class-table', attrs: { 'data-table': id } },
      el('caption', {}, caption),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'col' } }, this.t.itemHeader),
          el('th', { attrs: { scope: 'col' } }, this.t.countHeader),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows.map(([key, label, count]) =>
          el(
            'tr',
            { attrs: { 'data-key': key } },
            el('th', { attrs: { scope: 'row' } }, label),
            el(
              'td',
              { attrs: { 'data-count': String(count) } },
              bar(count / max),
              el('span', { className: 'count' }, String(count)),
            ),
          ),
        ),
      ),
    );
  }
}

/** A bar proportional to a count (sized through the CSSOM: the CSP forbids inline style attributes). */
function bar(fraction: number): HTMLElement {
  const span = el('span', { className: 'bar', attrs: { 'aria-hidden': 'true' } });
  span.style.inlineSize = `${Math.round(fraction * 100)}%`;
  return span;
}

/** Resolves after the browser has had a turn (input, paint, screen-reader announcements). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
