import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../core/classroom/class-result.ts';
import type { ClassroomChapter } from '../../../core/classroom/chapter-start.ts';
import { LESSON_PLANS, tellingFor, type LessonPlan } from '../../../core/classroom/lesson-plan.ts';
import type { Telling } from '../../../core/game/game-state.ts';
import type { TeacherStrings } from '../../../languages/teacher-strings.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';

export interface ChapterStartParts {
  readonly t: ClassroomStrings;
  readonly w: TeacherStrings;
  readonly chapterName: (chapter: string) => string;
  /** Playing time of each chapter in each telling, as the guide gives it ("20"). */
  readonly minutes: Readonly<Record<Telling, Readonly<Record<string, string>>>>;
  /** The plan in force when the panel opens (the classroom link, else this device's choice). */
  readonly plan: LessonPlan;
  /** The teacher chose another plan: keep it. */
  readonly choosePlan: (plan: LessonPlan) => void;
  readonly start: (chapter: ClassroomChapter, role: string, telling: Telling) => void;
}

/**
 * Start at any chapter with a chosen role, in the telling of the chosen lesson plan (45 minutes: the classroom cut;
 * 90 minutes: the full chapter): a radio group for the plan, one for the role, one button per chapter with its time.
 */
export class ChapterStartPanel {
  readonly panel: Panel;
  private plan: LessonPlan;
  private readonly times: HTMLElement[] = [];

  constructor(private readonly parts: ChapterStartParts) {
    const { t, w } = parts;
    this.plan = parts.plan;
    this.panel = new Panel({ id: 'chapter-start', title: t.chapterStartTitle, closeLabel: t.close });
    const plans = el(
      'fieldset',
      { className: 'role-choice plan-choice' },
      el('legend', {}, w.planLegend),
      ...LESSON_PLANS.map((plan) => {
        const input = el('input', {
          id: `start-plan-${plan}`,
          attrs: { type: 'radio', name: 'start-plan', value: plan },
        });
        input.checked = plan === this.plan;
        input.addEventListener('change', () => {
          if (!input.checked) return;
          this.plan = plan;
          parts.choosePlan(plan);
          this.showTimes();
        });
        const label = plan === '45' ? w.plan45 : w.plan90;
        return el('div', { className: 'radio-row' }, input, el('label', { attrs: { for: input.id } }, label));
      }),
      el('p', { className: 'help' }, w.planHelp),
    );
    const roles = el(
      'fieldset',
      { className: 'role-choice' },
      el('legend', {}, t.playAs),
      ...RESULT_ROLES.map((role, i) => {
        const input = el('input', {
          id: `start-role-${role}`,
          attrs: { type: 'radio', name: 'start-role', value: role },
        });
        input.checked = i === 0;
        return el(
          'div',
          { className: 'radio-row' },
          input,
          el('label', { attrs: { for: input.id } }, t.roleNames[role] ?? role),
        );
      }),
    );
    const list = el(
      'ol',
      { className: 'chapter-list start-list' },
      ...RESULT_CHAPTERS.map((chapter) => {
        const name = parts.chapterName(chapter);
        const button = el('button', { attrs: { type: 'button', 'data-start': chapter } }, t.start(name));
        button.addEventListener('click', () => {
          const role = roles.querySelector<HTMLInputElement>('input:checked')?.value ?? RESULT_ROLES[0];
          this.panel.close();
          parts.start(chapter, role, tellingFor(this.plan));
        });
        const time = el('span', { className: 'reading-time', attrs: { 'data-chapter': chapter } });
        this.times.push(time);
        return el('li', {}, button, time);
      }),
    );
    this.panel.body.append(el('p', { className: 'help' }, t.chapterStartHelp), plans, roles, list);
    this.showTimes();
  }

  /** Each chapter's time in the telling of the plan chosen now. */
  private showTimes(): void {
    const minutes = this.parts.minutes[tellingFor(this.plan)];
    for (const time of this.times) {
      const value = minutes[time.dataset['chapter'] ?? ''];
      time.textContent = value ? this.parts.t.readingTime(value) : '';
    }
  }

  open(): void {
    this.panel.open();
  }
}
