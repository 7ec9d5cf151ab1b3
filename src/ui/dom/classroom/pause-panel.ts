import type { ChapterPrompts } from '../../../core/classroom/discussion-prompts.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';

/**
 * The pause point at the end of a chapter: the chapter's discussion question on screen, more questions and the
 * role comparison folded below, and Continue. While it is open, number keys do not reach the story behind it.
 */
export class PausePanel {
  readonly panel: Panel;

  constructor(
    private readonly t: ClassroomStrings,
    private readonly openDebrief: () => void,
  ) {
    this.panel = new Panel({ id: 'pause', title: t.pauseTitle, closeLabel: t.close, wide: true });
    this.panel.dialog.classList.add('pause-panel');
    this.panel.dialog.addEventListener('keydown', (event) => {
      if (/^[1-9]$/.test(event.key)) event.stopPropagation();
    });
  }

  open(chapterName: string, prompts: ChapterPrompts | undefined): void {
    const t = this.t;
    const go = el(
      'button',
      { className: 'primary', attrs: { type: 'button', 'data-action': 'continue' } },
      t.continueStory,
    );
    go.addEventListener('click', () => this.panel.close());
    const debrief = el('button', { attrs: { type: 'button' } }, t.yourDebrief);
    debrief.addEventListener('click', () => {
      this.panel.close();
      this.openDebrief();
    });
    const children: (HTMLElement | null)[] = [el('p', { className: 'kicker' }, t.pauseEnd(chapterName))];
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
    children.push(el('div', { className: 'pause-actions' }, go, debrief));
    this.panel.body.replaceChildren(...children.filter((c): c is HTMLElement => c !== null));
    if (prompts) this.panel.dialog.setAttribute('aria-describedby', 'pause-prompt');
    this.panel.open();
    go.focus({ preventScroll: true });
  }
}
