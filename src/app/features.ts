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

/** Classroom tools (guide, glossary, prompts and their data) load only in classroom mode, never on first paint. */
const installClassroomOnDemand: Feature = (context) => {
  if (!context.mode.teacherTools) return;
  void import('../ui/dom/classroom/install-classroom.ts')
    .then(({ installClassroom }) => installClassroom(context))
    .catch((error: unknown) => console.error('[classroom] the classroom tools could not start', error));
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
  installClassroomOnDemand,
  installLanguage,
  installReaderMenu,
];
