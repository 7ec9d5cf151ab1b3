import type { AppContext } from '../../../app/app-context.ts';
import type { TeacherStrings } from '../../../languages/teacher-strings.ts';
import { button } from '../button.ts';
import { el } from '../el.ts';
import './teacher-entry.css';

/** This page's address in classroom mode, in the page's language; every other parameter is kept. */
export function classroomAddress(search: string, lang: string): string {
  const params = new URLSearchParams(search.length > 2048 ? '' : search);
  params.set('mode', 'classroom');
  params.set('lang', lang);
  return `?${params.toString()}`;
}

/**
 * Two ways around that every reader needs: "For teachers" on the ordinary title screen (it reopens the game in
 * classroom mode, in the same language, so no one has to type ?mode=classroom), and "Title screen" first in the
 * reader menu (the progress is already autosaved: the title's Continue comes back to it).
 */
export function installTeacherEntry(context: AppContext, w: TeacherStrings): void {
  const { mode, controller } = context;
  if (mode.teacherEntry) {
    const hint = el('p', { className: 'help teacher-entry-hint', id: 'teacher-entry-hint' }, w.forTeachersHint);
    const entry = button(
      w.forTeachers,
      () => window.location.assign(classroomAddress(window.location.search, context.lang)),
      { id: 'for-teachers' },
    );
    entry.setAttribute('aria-describedby', hint.id);
    context.titleMenu.after(el('div', { className: 'teacher-entry' }, entry, hint));
  }
  if (mode.titleFromReader) {
    context.readerBar.prepend(
      button(
        w.backToTitle,
        () => {
          controller.showTitle();
          const title = context.root.querySelector<HTMLElement>('#continue:not([hidden]), #begin');
          title?.focus({ preventScroll: true });
        },
        { id: 'back-to-title' },
      ),
    );
  }
}
