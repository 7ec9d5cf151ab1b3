import type { Feature } from './app-context.ts';
import { installRecord } from '../ui/dom/record/install-record.ts';
import { installHistory } from '../ui/dom/history/install-history.ts';
import { installSaves } from '../ui/dom/saves/install-saves.ts';
import { installSettings } from '../ui/dom/settings/install-settings.ts';
import { installKiosk } from '../ui/dom/kiosk/install-kiosk.ts';
import { installLanguage } from '../ui/dom/language/install-language.ts';
import { installReaderMenu } from '../ui/dom/reader-bar/install-reader-menu.ts';
import { loadTeacherStrings } from '../languages/teacher-strings.ts';

/** Classroom tools (guide, glossary, prompts and their data) load only in classroom mode, never on first paint. */
const installClassroomOnDemand: Feature = (context) => {
  if (!context.mode.teacherTools) return;
  void Promise.all([import('../ui/dom/classroom/install-classroom.ts'), loadTeacherStrings(context.lang)])
    .then(([{ installClassroom }, teacher]) => installClassroom(context, teacher))
    .catch((error: unknown) => console.error('[classroom] the classroom tools could not start', error));
};

/**
 * The ordinary title's "For teachers" and the reader menu's way back to the title: their code and words arrive after
 * the first text (a chunk of their own), so they add nothing to the JavaScript that must load before it.
 */
const installTeacherEntryOnDemand: Feature = (context) => {
  if (!context.mode.teacherEntry && !context.mode.titleFromReader && !context.mode.teacherTools) return;
  void Promise.all([import('../ui/dom/classroom/install-teacher-entry.ts'), loadTeacherStrings(context.lang)])
    .then(([{ installTeacherEntry }, teacher]) => installTeacherEntry(context, teacher))
    .catch((error: unknown) => console.error('[teacher entry] the teacher entry could not start', error));
};

/** Every feature the game installs at boot, in order. Each lives in its own module and owns its own DOM. */
export const FEATURES: readonly Feature[] = [
  installRecord,
  installHistory,
  installSaves,
  installSettings,
  installKiosk,
  installClassroomOnDemand,
  installTeacherEntryOnDemand,
  installLanguage,
  installReaderMenu,
];
