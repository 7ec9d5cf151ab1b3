import type { Feature } from './app-context.ts';
import { installRecord } from '../ui/dom/record/install-record.ts';
import { installHistory } from '../ui/dom/history/install-history.ts';
import { installSaves } from '../ui/dom/saves/install-saves.ts';
import { installSettings } from '../ui/dom/settings/install-settings.ts';
import { installKiosk } from '../ui/dom/kiosk/install-kiosk.ts';
import { installClassroom } from '../ui/dom/classroom/install-classroom.ts';
import { installLanguage } from '../ui/dom/language/install-language.ts';

/** Every feature the game installs at boot, in order. Each lives in its own module and owns its own DOM. */
export const FEATURES: readonly Feature[] = [installRecord, installHistory, installSaves, installSettings, installKiosk, installClassroom, installLanguage];
