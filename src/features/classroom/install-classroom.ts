import type { AppContext } from '../../app/app-context.ts';
import type { TeacherStrings } from '../../languages/teacher-strings.ts';
import type { GlossaryEntry } from '../../core/classroom/glossary.ts';
import type { Frame } from '../../core/session/frame.ts';
import type { Entry } from '../../core/session/session.ts';
import { loadClassroomStrings } from '../../languages/classroom-strings.ts';
import type { ClassroomStrings } from '../../ui/strings/en-classroom.ts';
import { loadRecordStrings } from '../../languages/record-strings.ts';
import { el } from '../../ui/dom/el.ts';
import { button } from '../../ui/dom/button.ts';
import { Panel } from '../../ui/dom/panel.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';
import '../../ui/dom/classroom/classroom.css';
import { classroomDocuments } from '../../ui/dom/classroom/classroom-documents.ts';
import { glossaryFor } from '../../ui/dom/classroom/glossary-for-language.ts';
import { GlossaryPanel } from '../../ui/dom/classroom/glossary-panel.ts';
import { linkGlossaryTerms } from '../../ui/dom/classroom/glossary-links.ts';

/**
 * Classroom mode (`?mode=classroom`, capability `teacherTools`): the teacher's guide, role cards, chapter start and
 * class view from the title screen; the glossary and the student's debrief from the reader bar; glossary links on
 * the first mention of each term; and, where the mode has `pausePoints`, a discussion pause at every chapter end.
 */
export const installClassroom = (context: AppContext, w: TeacherStrings): void => {
  if (!context.mode.teacherTools) return;
  // The labels in the page's language are a chunk of their own (src/languages/<lang>/classroom.ts).
  void loadClassroomStrings(context.lang)
    .then((t) => installWith(context, w, t))
    .catch((error: unknown) => console.error('[classroom] the classroom labels could not load', error));
};

function installWith(context: AppContext, w: TeacherStrings, t: ClassroomStrings): void {
  const { mode, controller, strings, storage } = context;
  const chapterName = (id: string) => strings.chapterNames[id] ?? id;
  const game = () => controller.currentFrame?.game;

  const load = lazyPart(
    () =>
      Promise.all([
        import('../../ui/dom/classroom/classroom-panels.ts'),
        classroomDocuments(context.lang),
        loadRecordStrings(context.lang),
        import('../../languages/record-for-language.ts').then(({ loadRecordFor }) => loadRecordFor(context.lang)),
      ]).then(([{ ClassroomPanels }, documents, recordStrings]) => {
        const begin = (entry: Entry) => controller.begin(entry);
        const lang = context.lang;
        return new ClassroomPanels({ t, w, lang, recordStrings, documents, storage, chapterName, begin, game });
      }),
    'classroom',
    pageReloadNotice(context.notices, strings),
  );
  /** Uses the panels once loaded; a failed load says so with a Reload button, and the next click tries again. */
  const withPanels = (use: (p: import('../../ui/dom/classroom/classroom-panels.ts').ClassroomPanels) => void) =>
    void load().then((panels) => {
      if (panels) use(panels);
    });

  /** The glossary in the story's language; null until its chunk has arrived (Spanish only: English is already here). */
  let glossaryEntries: readonly GlossaryEntry[] | null = null;
  const glossaryReady = glossaryFor(context.lang).then((entries) => {
    glossaryEntries = entries;
    linkNew();
    return entries;
  });

  let glossary: GlossaryPanel | null = null;
  const sourceNames = async () => {
    const { RECORD } = await import('../../core/record/record-data.ts');
    return new Map(RECORD.sources.map((s) => [s.id, s.short]));
  };
  const openGlossary = (entryId?: string) =>
    void Promise.all([sourceNames(), glossaryReady]).then(([names, entries]) => {
      glossary ??= new GlossaryPanel(entries, names, t);
      glossary.open(entryId);
    });

  /** The teacher's tools: on the title screen, and again in the reader menu's "Teacher's tools" panel. */
  const tools = (idPrefix: string, before: () => void = () => undefined) => {
    const tool = (
      label: string,
      id: string,
      use: (p: import('../../ui/dom/classroom/classroom-panels.ts').ClassroomPanels) => void,
    ) =>
      button(
        label,
        () => {
          before();
          withPanels(use);
        },
        { id: `${idPrefix}${id}` },
      );
    return [
      tool(t.startAtChapter, 'start-at-chapter', (p) => p.openChapterStart()),
      tool(t.teacherGuide, 'open-teacher-guide', (p) => p.openGuide('guide')),
      tool(t.roleCards, 'open-role-cards', (p) => p.openGuide('roles')),
      tool(t.classView, 'open-class-view', (p) => p.openClassView()),
      tool(w.presenter, 'open-presenter', (p) => p.openPresenter(game()?.checkpoint ?? null)),
    ];
  };
  const teacherTools = el(
    'div',
    {
      className: 'teacher-menu',
      id: 'teacher-menu',
      attrs: { role: 'group', 'aria-labelledby': 'teacher-menu-label' },
    },
    el('p', { className: 'kicker', id: 'teacher-menu-label' }, t.forTeachers),
    ...tools(''),
  );
  context.titleMenu.after(teacherTools);
  let toolsPanel: Panel | null = null;
  const openTools = () => {
    if (!toolsPanel) {
      const panel = new Panel({ id: 'teacher-tools', title: w.teacherToolsTitle, closeLabel: w.close });
      panel.body.append(el('div', { className: 'teacher-tools-list' }, ...tools('tools-', () => panel.close())));
      toolsPanel = panel;
    }
    toolsPanel.open();
  };
  context.readerBar.append(
    button(w.teacherTools, openTools, { id: 'open-teacher-tools' }),
    button(t.glossary, () => openGlossary(), { id: 'open-glossary' }),
    button(
      t.debriefButton,
      () => {
        const current = game();
        if (current) withPanels((p) => p.openDebrief(current));
      },
      { id: 'open-student-debrief' },
    ),
  );
  controller.addEndingAction(t.yourDebrief, (frame) => withPanels((p) => p.openDebrief(frame.game)));
  // While the story is held at a pause point, the choices area offers only the way back to the pause screen.
  const backToPause = button(w.backToPause, () => withPanels((p) => p.reopenPause()));
  backToPause.dataset['action'] = 'held';

  /** Terms linked in this playthrough; a new playthrough (turn 0) links them afresh. */
  const linked = new Set<string>();
  /** Links glossary terms in the story's new paragraphs, once the glossary is here. */
  const linkNew = () => {
    const story = context.root.querySelector('#story');
    if (story && glossaryEntries)
      linkGlossaryTerms(
        story.querySelectorAll<HTMLElement>('p.new:not(.chosen):not(.caption)'),
        linked,
        glossaryEntries,
        openGlossary,
        t.glossaryLink,
      );
  };
  /** The chapter of the frame before this one: at a pause, the chapter that has just ended. */
  let lastChapter: string | null = null;
  const onFrame = (frame: Frame) => {
    if (frame.game.turn === 0) linked.clear();
    linkNew();
    if (frame.status === 'held') context.root.querySelector('#choices')?.replaceChildren(backToPause);
    if (mode.pausePoints && frame.pause) {
      const ended = lastChapter ?? frame.game.checkpoint;
      if (ended) withPanels((p) => p.openPause(ended, chapterName(ended), () => controller.goOn()));
    }
    lastChapter = frame.game.checkpoint;
  };
  controller.onFrame(onFrame);
  // These tools arrive after the first text: a story already held at a pause (Continue pressed before they loaded)
  // gets its pause screen now.
  const shown = controller.currentFrame;
  if (shown?.status === 'held') onFrame(shown);
}
