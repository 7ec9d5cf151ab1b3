import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../core/classroom/class-result.ts';
import type { ClassroomChapter } from '../../../core/classroom/chapter-start.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';
import { Panel } from '../panel.ts';

export interface ChapterStartParts {
  readonly t: ClassroomStrings;
  readonly chapterName: (chapter: string) => string;
  /** Reading time of each chapter, as the guide gives it ("10–12"). */
  readonly minutes: Readonly<Record<string, string>>;
  readonly start: (chapter: ClassroomChapter, role: string) => void;
}

/** Start at any chapter with a chosen role: a radio group for the role, one button per chapter. */
export class ChapterStartPanel {
  readonly panel: Panel;

  constructor(parts: ChapterStartParts) {
    const { t } = parts;
    this.panel = new Panel({ id: 'chapter-start', title: t.chapterStartTitle, closeLabel: t.close });
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
        const time = parts.minutes[chapter];
        const button = el('button', { attrs: { type: 'button', 'data-start': chapter } }, t.start(name));
        button.addEventListener('click', () => {
          const role = roles.querySelector<HTMLInputElement>('input:checked')?.value ?? RESULT_ROLES[0];
          this.panel.close();
          parts.start(chapter, role);
        });
        return el('li', {}, button, time ? el('span', { className: 'reading-time' }, t.readingTime(time)) : null);
      }),
    );
    this.panel.body.append(el('p', { className: 'help' }, t.chapterStartHelp), roles, list);
  }

  open(): void {
    this.panel.open();
  }
}
