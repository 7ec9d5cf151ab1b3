import type { Language } from '../core/settings/language.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

/**
 * The words of the teacher's entry on the title screen, the reader menu's title and teacher buttons, the pause that
 * holds the story, the lesson plans and the presenter view (src/languages/<id>/teacher.ts).
 */
export interface TeacherStrings {
  /** The ordinary title screen's way into classroom mode. */
  readonly forTeachers: string;
  readonly forTeachersHint: string;
  /** Reader menu: back to the title screen, and (classroom mode) the teacher's tools. */
  readonly backToTitle: string;
  readonly teacherTools: string;
  readonly teacherToolsTitle: string;
  readonly close: string;
  /** The pause that holds the story. */
  readonly pauseWait: string;
  readonly pauseWaitHelp: string;
  readonly holdToGoOn: string;
  readonly holdProgress: string;
  readonly backToPause: string;
  /** Lesson plans: the short telling (45 minutes) or the full one (90 minutes). */
  readonly planLegend: string;
  readonly plan45: string;
  readonly plan90: string;
  readonly planHelp: string;
  /** Table of contents of the teacher's guide. */
  readonly contents: string;
  /** The presenter view for the projector. */
  readonly presenter: string;
  readonly presenterTitle: string;
  readonly presenterHelp: string;
  readonly presenterQuestion: string;
  readonly presenterChapter: string;
  readonly presenterClass: string;
  readonly presenterRoster: string;
  readonly presenterRosterHelp: string;
  readonly presenterPaste: string;
  readonly presenterPasteHelp: string;
  readonly presenterAdd: string;
  readonly presenterClear: string;
  readonly presenterNames: string;
  readonly presenterNamesHelp: string;
  readonly presenterNoCodes: string;
  readonly presenterFinished: string;
  readonly presenterNotYet: string;
  readonly presenterStudents: (count: number) => string;
  readonly presenterCompare: string;
  readonly presenterRecordSays: string;
  readonly presenterClassSays: string;
  readonly presenterProposals: string;
  /** Whether a proposed defence was in place on 20 August 1940, by the record (yes, no, partly, unclear). */
  readonly presenterInPlace: string;
  readonly presenterInPlaceValues: Readonly<Record<'yes' | 'no' | 'partly' | 'unclear', string>>;
  readonly presenterNoView: string;
  readonly presenterNoInitials: string;
  /** Before the results whose initials match no one on the class list. */
  readonly presenterOthers: string;
  readonly presenterRejected: (count: number) => string;
  readonly presenterPrevious: string;
  readonly presenterNext: string;
  readonly presenterKeys: string;
}

// Each language's table is a chunk of its own, fetched after the first text (nothing here is needed before it).
const TABLES = import.meta.glob<TeacherStrings>('./*/teacher.ts', { import: 'teacherStrings' });

/** The teacher's words in `lang`, else in the fallback language. */
export function loadTeacherStrings(lang: Language): Promise<TeacherStrings> {
  const extra = extraParts(lang)?.teacher;
  return extra ? Promise.resolve(extra) : partOrFallback(TABLES, lang)();
}
