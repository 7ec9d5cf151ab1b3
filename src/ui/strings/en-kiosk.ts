import { languageDisplayName } from './language-display-name.ts';
import type { CsvLabels } from '../../core/kiosk/counts-to-csv.ts';

/** The staff panel's strings: one table per staff language (es-kiosk.ts has the Spanish one). */
export interface KioskStaffStrings {
  readonly title: string;
  readonly close: string;
  readonly pinPrompt: string;
  readonly pinEntered: (n: number) => string;
  readonly clear: string;
  readonly enter: string;
  readonly wrongPin: string;
  readonly locked: (seconds: number) => string;
  readonly uptime: string;
  readonly sessionsServed: string;
  readonly started: string;
  readonly finished: string;
  readonly medianLength: string;
  readonly noVisitsYet: string;
  readonly errors: string;
  readonly memory: string;
  readonly memoryUnknown: string;
  readonly since: string;
  readonly idleWarning: string;
  readonly idleCountdown: string;
  readonly reloadEvery: string;
  readonly volume: string;
  readonly less: string;
  readonly more: string;
  readonly resetCounts: string;
  readonly reloadNow: string;
  readonly closeExhibit: string;
  readonly closeRefused: string;
  readonly changePin: string;
  readonly newPinPrompt: string;
  readonly pinChanged: string;
  readonly pinInvalid: string;
  readonly panelLanguage: string;
  readonly exportCsv: string;
  readonly exported: (fileName: string) => string;
  readonly csvFileName: (day: string) => string;
  readonly csv: CsvLabels;
}

/** The staff panel in English. */
export const enKioskStaff: KioskStaffStrings = {
  title: 'Staff',
  close: 'Close',
  pinPrompt: 'Enter the staff PIN',
  pinEntered: (n: number) => (n === 0 ? 'No digits entered' : `${n} digit${n === 1 ? '' : 's'} entered`),
  clear: 'Clear',
  enter: 'Enter',
  wrongPin: 'That PIN is not right.',
  locked: (seconds: number) => `Too many wrong PINs. Try again in ${seconds} s.`,
  uptime: 'Page running for',
  sessionsServed: 'Visits since this page loaded',
  started: 'Visits begun (on this device)',
  finished: 'Visits that reached the end',
  medianLength: 'Median visit length (all days)',
  noVisitsYet: 'no visits yet',
  errors: 'Errors seen',
  memory: 'JavaScript memory in use',
  memoryUnknown: 'not reported by this browser',
  since: 'Counting since',
  idleWarning: 'Warning after (seconds without a touch)',
  idleCountdown: 'Countdown before the reset (seconds)',
  reloadEvery: 'Planned reload after this many visits',
  volume: 'Loudest sound (percent)',
  less: 'Less',
  more: 'More',
  resetCounts: 'Reset the counts',
  reloadNow: 'Reload now',
  closeExhibit: 'Close the exhibit',
  closeRefused:
    'The browser kept this window open. Close it with Alt+F4 on a keyboard, or stop the kiosk service (see docs/kiosk.md).',
  changePin: 'Change the PIN',
  newPinPrompt: 'Enter a new PIN (4 to 8 digits)',
  pinChanged: 'The PIN was changed.',
  pinInvalid: 'A PIN has 4 to 8 digits.',
  panelLanguage: 'Language of this panel',
  exportCsv: 'Export the counts (CSV)',
  exported: (fileName: string) => `Saved to this computer's downloads as ${fileName}.`,
  csvFileName: (day: string) => `kiosk-counts-${day}.csv`,
  csv: {
    header: ['date', 'metric', 'detail', 'value'],
    started: 'visits begun',
    finished: 'visits that reached the end',
    errors: 'errors seen',
    medianSeconds: 'median visit length (seconds)',
    language: 'language chosen',
    stoppedAt: 'visits that ended at',
    stopFinished: 'the end of the story',
    stopNoBeat: 'before the first event of the record',
    languageName: (code: string) => languageDisplayName(code, 'en-GB'),
  },
};

/**
 * Strings of the museum kiosk (English). The visitor-facing screens show English and Spanish side by side
 * (es-kiosk.ts has the same shape); the staff panel is in the staff's chosen language only.
 */
export const enKiosk = {
  attractLabel: 'Avenida Viena, 1940: touch the screen to begin',
  kicker: 'Coyoacán, Mexico City',
  title: 'Avenida Viena, 1940',
  touchToBegin: 'Touch to begin',
  attractLines: [
    'You are a young volunteer guard in Leon Trotsky’s house.',
    'Behind these walls, a household lives under threat.',
    'The night of 24 May 1940: gunmen raid the house.',
    '20 August 1940: a visitor the household trusts comes to the study.',
    'About ten minutes. Your choices. The record does not change.',
  ],
  warningTitle: 'Are you still there?',
  warningBody: 'Touch anywhere to keep playing.',
  warningCountdown: (seconds: number) =>
    seconds === 1 ? 'The story starts over in 1 second.' : `The story starts over in ${seconds} seconds.`,
  stillHere: 'I am still here',
  staff: enKioskStaff,
} as const;

/** The shape every kiosk language follows on the visitor's screens (the staff panel has KioskStaffStrings). */
export interface KioskVisitorStrings {
  readonly attractLabel: string;
  readonly touchToBegin: string;
  readonly attractLines: readonly string[];
  readonly warningTitle: string;
  readonly warningBody: string;
  readonly warningCountdown: (seconds: number) => string;
  readonly stillHere: string;
}

export type KioskStrings = typeof enKiosk;
