import type { Feature } from './app-context.ts';
import { installRecord } from '../features/record/install-record.ts';
import { installHistory } from '../features/history/install-history.ts';
import { installSaves } from '../features/saves/install-saves.ts';
import { installSettings } from '../features/settings/install-settings.ts';
import { installMarks } from '../features/marks/install-marks.ts';
import { installKiosk } from '../features/kiosk/install-kiosk.ts';
import { installLanguage } from '../features/language/install-language.ts';
import { installReaderMenu } from '../features/reader-bar/install-reader-menu.ts';
import { installNotebook } from '../features/notebook/install-notebook.ts';

/**
 * The teacher's parts, none of them before the first text: the ordinary title's "For teachers", the reader menu's
 * way back to the title and, in classroom mode, the classroom tools (guide, glossary, prompts and their data).
 */
const installTeacherOnDemand: Feature = (context) => {
  void import('../features/classroom/install-teacher-entry.ts')
    .then(({ installTeacherParts }) => installTeacherParts(context))
    .catch((error: unknown) => console.error('[classroom] the teacher tools could not start', error));
};

/** Every feature the game installs at boot, in order. Each lives in its own module and owns its own DOM. */
export const FEATURES: readonly Feature[] = [
  installRecord,
  installNotebook,
  installHistory,
  installSaves,
  installSettings,
  installMarks,
  installKiosk,
  installTeacherOnDemand,
  installLanguage,
  installReaderMenu,
];
