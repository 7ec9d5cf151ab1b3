import type { Feature } from './app-context.ts';
import { installRecord } from '../ui/dom/record/install-record.ts';
import { installHistory } from '../ui/dom/history/install-history.ts';
import { installSaves } from '../ui/dom/saves/install-saves.ts';
import { installSettings } from '../ui/dom/settings/install-settings.ts';
import { installMarks } from '../ui/dom/marks/install-marks.ts';
import { installKiosk } from '../ui/dom/kiosk/install-kiosk.ts';
import { installLanguage } from '../ui/dom/language/install-language.ts';
import { installReaderMenu } from '../ui/dom/reader-bar/install-reader-menu.ts';
import { installNotebook } from '../ui/dom/notebook/install-notebook.ts';

/**
 * The teacher's parts, none of them before the first text: the ordinary title's "For teachers", the reader menu's
 * way back to the title and, in classroom mode, the classroom tools (guide, glossary, prompts and their data).
 */
const installTeacherOnDemand: Feature = (context) => {
  void import('../ui/dom/classroom/install-teacher-entry.ts')
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
