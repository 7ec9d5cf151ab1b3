import type { ChapterPrompts } from '../../../core/classroom/discussion-prompts.ts';
import type { TeacherStrings } from '../../../languages/teacher-strings.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { holdButton } from './hold-button.ts';

/**
 * The pause point at the end of a chapter, which holds the story: the next chapter is not read (the session is held,
 * Session.goOn) until someone presses and holds "go on". It is a modal dialog with no Close button: Escape, Enter, a
 * click outside or a tap do not end it (a dialog the browser closes anyway is opened again). The chapter's question
 * is on screen, more questions and the role comparison folded below; the student's debrief opens on top of it.
 * While it is open, number keys do not reach the story behind it.
 */
export class PausePanel {
  readonly dialog: HTMLDialogElement;
  private readonly body: HTMLElement;
  /** True between the deliberate hold and the dialog closing: the only close that is not undone. */
  private released = false;
  private goOn: () => void = () => undefined;

  constructor(
    private readonly t: ClassroomStrings,
    private readonly w: TeacherStrings,
    private readonly openDebrief: () => void,
  ) {
    this.dialog = el('dialog', {
      id: 'pause',
      className: 'panel panel-wide pause-panel',
      attrs: { 'aria-labelledby': 'pause-title' },
    });
    this.body = el('div', { className: 'panel-body' });
    this.dialog.append(
      el('header', { className: 'panel-header' }, el('h2', { id: 'pause-title' }, w.pauseWait)),
      this.body,
    );
    this.dialog.addEventListener('keydown', (event) => {
      if (/^[1-9]$/.test(event.key)) event.stopPropagation();
      if (event.key === 'Escape') event.preventDefault();
    });
    this.dialog.addEventListener('cancel', (event) => event.preventDefault());
    // Chromium closes a dialog on a second Escape even when cancel is refused: open it again at once.
    this.dialog.addEventListener('close', () => {
      if (this.released || !this.dialog.isConnected) return;
      queueMicrotask(() => {
        if (!this.released && !this.dialog.open) this.dialog.showModal();
      });
    });
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Opens the pause for the chapter that ended; `goOn` runs once, after the deliberate hold. */
  open(chapterName: string, prompts: ChapterPrompts | undefined, goOn: () => void): void {
    const { t, w } = this;
    this.released = false;
    this.goOn = goOn;
    const go = holdButton({
      label: w.holdToGoOn,
      holding: w.holdProgress,
      onHeld: () => this.release(),
    });
    const debrief = el('button', { attrs: { type: 'button' } }, t.yourDebrief);
    debrief.addEventListener('click', () => this.openDebrief());
    const children: HTMLElement[] = [el('p', { className: 'kicker' }, `${t.pauseEnd(chapterName)} · ${t.pauseTitle}`)];
    if (prompts) {
      children.push(
        el('p', { className: 'pause-prompt', id: 'pause-prompt' }, prompts.pause),
        el(
          'details',
          {},
          el('summary', {}, t.pauseMore),
          el('ul', {}, ...prompts.questions.map((q) => el('li', {}, q))),
        ),
        el('details', {}, el('summary', {}, t.pauseCompare), el('p', {}, prompts.compare)),
      );
    }
    children.push(
      el('p', { className: 'help', id: 'pause-help' }, w.pauseWaitHelp),
      el('div', { className: 'pause-actions' }, go, debrief),
    );
    this.body.replaceChildren(...children);
    this.dialog.setAttribute('aria-describedby', prompts ? 'pause-prompt pause-help' : 'pause-help');
    this.reopen();
  }

  /** Shows the pause again (the held story's button, or after the debrief): still no way on but the hold. */
  reopen(): void {
    if (!this.dialog.open) this.dialog.showModal();
    this.body.querySelector<HTMLElement>('.pause-prompt, .help')?.setAttribute('tabindex', '-1');
    this.body.querySelector<HTMLElement>('.pause-prompt, .help')?.focus({ preventScroll: true });
  }

  private release(): void {
    this.released = true;
    this.dialog.close();
    const goOn = this.goOn;
    this.goOn = () => undefined;
    goOn();
  }
}
