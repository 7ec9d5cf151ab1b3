import { encodeResult, normaliseInitials, resultFromGame } from '../../../core/classroom/class-result.ts';
import type { GameState } from '../../../core/game/game-state.ts';
import { buildDebrief } from '../../../core/record/build-debrief.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import type { RecordStrings } from '../../strings/en-record.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';
import { debriefView } from '../debrief-view.ts';
import { downloadText } from '../download-text.ts';

export const REFLECTION_KEY = 'classroom.reflection';

export interface StudentDebriefParts {
  readonly t: ClassroomStrings;
  readonly record: RecordStrings;
  readonly storage: StoragePort;
  readonly chapterName: (chapter: string) => string;
  /** A random number 0–511 for the result code (Math.random in the game, fixed in tests). */
  readonly tag: () => number;
}

/**
 * The student's debrief in classroom mode: the result code to hand in, a reflection box whose text stays on this
 * device (kept in local storage, printed and saved with the debrief, never put in the code), and the debrief
 * itself (choices against the record, views at disputed points). Prints as it stands.
 */
export class StudentDebriefPanel {
  readonly panel: Panel;
  private tag: number | null = null;
  private initials = '';

  constructor(private readonly parts: StudentDebriefParts) {
    this.panel = new Panel({
      id: 'student-debrief',
      title: parts.t.debriefTitle,
      closeLabel: parts.t.close,
      wide: true,
    });
  }

  open(game: GameState): void {
    const { t, record, storage } = this.parts;
    // One tag per page visit: reopening the debrief gives the same code for the same play, so a re-export is not a second student.
    this.tag ??= this.parts.tag();
    const tag = this.tag;
    // The initials are asked here, where the code is exported, and kept only for this page visit (never stored).
    let code = encodeResult(resultFromGame(game, tag, this.initials));
    const chapters =
      game.checkpointsReached
        .map((c) => this.parts.chapterName(c))
        .filter(Boolean)
        .join(', ') || t.noneYet;
    const roleName = t.roleNames[game.role] ?? game.role;

    const view = debriefView(
      buildDebrief({
        chronicle: game.chronicle.map((e) => e.beat),
        pushbacks: game.pushbacks.map((p) => ({ id: p.id, chapter: p.checkpoint ?? '' })),
        views: game.views,
        measures: game.measures,
        role: game.role,
      }),
      record,
    );

    const textarea = el('textarea', {
      id: 'reflection',
      attrs: { rows: '6', 'aria-describedby': 'reflection-help reflection-status' },
    });
    textarea.value = storage.read(REFLECTION_KEY) ?? '';
    const printed = el('div', { className: 'reflection-print', attrs: { 'aria-hidden': 'true' } }, textarea.value);
    const status = el('p', { className: 'status-line', id: 'reflection-status', attrs: { role: 'status' } });
    textarea.addEventListener('input', () => {
      printed.textContent = textarea.value;
      const kept = storage.write(REFLECTION_KEY, textarea.value);
      status.textContent = kept && storage.kind === 'device' ? t.reflectionSaved : t.reflectionNotSaved;
    });

    const codeLine = el('p', { className: 'result-code', attrs: { 'data-code': code } }, code);
    const initials = el('input', {
      id: 'result-initials',
      attrs: {
        type: 'text',
        maxlength: '3',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': 'initials-help',
      },
    });
    initials.value = this.initials;
    initials.addEventListener('input', () => {
      this.initials = normaliseInitials(initials.value);
      code = encodeResult(resultFromGame(game, tag, this.initials));
      codeLine.textContent = code;
      codeLine.setAttribute('data-code', code);
    });

    const saveResult = el('button', { attrs: { type: 'button', 'data-action': 'save-result' } }, t.saveResult);
    saveResult.addEventListener('click', () =>
      downloadText(t.resultFileName(code), t.resultFileText(code, roleName, chapters)),
    );
    const print = el('button', { attrs: { type: 'button' } }, t.print);
    print.addEventListener('click', () => window.print());
    const saveDebrief = el('button', { attrs: { type: 'button' } }, t.saveDebrief);
    saveDebrief.addEventListener('click', () =>
      downloadText(
        t.debriefFileName,
        [
          t.debriefTitle,
          `${t.resultTitle}: ${code}`,
          `${t.chaptersPlayed} ${chapters}`,
          '',
          `${t.reflectionTitle}:`,
          textarea.value || '-',
          '',
          view.innerText || view.textContent || '',
        ].join('\n'),
      ),
    );

    this.panel.body.replaceChildren(
      el('div', { className: 'panel-actions' }, print, saveDebrief),
      el(
        'section',
        { className: 'result-box', attrs: { 'aria-labelledby': 'result-title' } },
        el('h3', { id: 'result-title' }, t.resultTitle),
        codeLine,
        el('p', { className: 'help' }, t.resultHelp),
        el(
          'div',
          { className: 'field' },
          el('label', { attrs: { for: 'result-initials' } }, t.initialsLabel),
          initials,
          el('p', { className: 'help', id: 'initials-help' }, t.initialsHelp),
        ),
        el('p', {}, `${t.chaptersPlayed} ${chapters}`),
        el('div', { className: 'panel-actions' }, saveResult),
      ),
      el(
        'section',
        { className: 'reflection', attrs: { 'aria-labelledby': 'reflection-title' } },
        el('h3', { id: 'reflection-title' }, t.reflectionTitle),
        el('p', { className: 'help', id: 'reflection-help' }, t.reflectionHelp),
        el('label', { attrs: { for: 'reflection' } }, t.reflectionLabel),
        textarea,
        printed,
        status,
      ),
      view,
    );
    this.panel.open();
  }
}
