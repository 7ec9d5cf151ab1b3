import type { AppContext } from '../../app/app-context.ts';
import { loadTeacherStrings, type TeacherStrings } from '../../languages/teacher-strings.ts';
import { button } from '../../ui/dom/button.ts';
import { el } from '../../ui/dom/el.ts';
import '../../ui/dom/classroom/teacher-entry.css';

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
  // Where progress is kept (not a kiosk: every visitor starts clean, and its title is the attract loop).
  const keepsProgress = mode.persistence === 'local';
  if (keepsProgress && !mode.teacherTools) {
    const hint = el('p', { className: 'help teacher-entry-hint', id: 'teacher-entry-hint' }, w.forTeachersHint);
    const entry = button(
      w.forTeachers,
      () => window.location.assign(classroomAddress(window.location.search, context.lang)),
      { id: 'for-teachers' },
    );
    entry.setAttribute('aria-describedby', hint.id);
    context.titleMenu.after(el('div', { className: 'teacher-entry' }, entry, hint));
  }
  if (keepsProgress) {
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

/** Everything a teacher needs, installed once the teacher's words have arrived: in classroom mode, the tools too. */
export async function installTeacherParts(context: AppContext): Promise<void> {
  const { mode } = context;
  if (mode.persistence !== 'local' && !mode.teacherTools) return;
  const w = await loadTeacherStrings(context.lang);
  installTeacherEntry(context, w);
  if (!mode.teacherTools) return;
  const { installClassroom } = await import('./install-classroom.ts');
  installClassroom(context, w);
}
