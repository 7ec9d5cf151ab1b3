import { countsToCsv } from '../../../core/kiosk/counts-to-csv.ts';
import {
  isGuessablePin,
  isValidPin,
  staffLanguageOf,
  type KioskConfig,
  type StaffLanguage,
} from '../../../core/kiosk/kiosk-config.ts';
import { emptyCounts, type KioskCounts } from '../../../core/kiosk/kiosk-counts.ts';
import type { KioskStore } from '../../../core/kiosk/kiosk-store.ts';
import { tryPin, type PinResult } from '../../../core/kiosk/pin-guard.ts';
import { DEFAULT_LANGUAGE } from '../../../core/settings/language.ts';
import { kioskStaffStringsFor } from '../../../languages/kiosk-strings.ts';
import { downloadText } from '../download-text.ts';

/** The numbers the staff panel shows. */
export interface StaffStats {
  readonly uptimeMs: number;
  readonly visitsSinceLoad: number;
  readonly counts: KioskCounts;
  /** JS memory in use (Chromium only), else null. */
  readonly memoryBytes: number | null;
}

/** Why a new PIN was refused. */
export type PinRefusal = 'invalid' | 'guessable';

/**
 * Everything the staff panel can see and do, as one object: the panel owns its screens, the port owns the rules
 * (the PIN rate limit and where things are stored) and talks to the kiosk.
 */
export interface StaffPort {
  language(): StaffLanguage;
  setLanguage(lang: StaffLanguage): void;
  stats(): StaffStats;
  config(): KioskConfig;
  setConfig(config: KioskConfig): void;
  /** Whether staff have chosen a PIN (there is no default: until then only the first-start screen opens). */
  hasPin(): boolean;
  /** A PIN typed on the keypad, through the stored rate limit; `at` is the wall-clock ms it was judged at. */
  tryPin(pin: string): { readonly result: PinResult; readonly at: number };
  /** Stores a new PIN (first start or a change), or says why not. */
  setPin(pin: string): PinRefusal | null;
  /** Saves the counts as a CSV file; returns the file's name. */
  exportCsv(): string;
  resetCounts(): void;
  reload(): void;
  /** Asks the browser to close the kiosk window; false when it refused (a window it did not open by script). */
  closeWindow(): boolean;
}

export interface StaffPortParts {
  readonly store: KioskStore;
  /** Puts staff settings in force (the shell also retimes the idle machine and the volume ceiling). */
  readonly applyConfig: (config: KioskConfig) => void;
  readonly wall: () => number;
  /** Monotonic ms: the panel shows how long the page has been running, from when the port was made. */
  readonly monotonic: () => number;
  readonly visits: () => number;
  /** JS memory in use; by default Chromium's performance.memory, else null. */
  readonly memoryBytes?: () => number | null;
  readonly reload: () => void;
  readonly closeWindow?: () => boolean;
  readonly download?: (name: string, text: string, type: string) => void;
  /** The kiosk computer's own language: the panel's language until staff choose. */
  readonly deviceLanguage?: string;
}

export function createStaffPort(parts: StaffPortParts): StaffPort {
  const { store } = parts;
  const started = parts.monotonic();
  const language = () => staffLanguageOf(store.config, parts.deviceLanguage ?? DEFAULT_LANGUAGE);
  return {
    language,
    setLanguage: (lang) => parts.applyConfig({ ...store.config, staffLanguage: lang }),
    stats: () => ({
      uptimeMs: parts.monotonic() - started,
      visitsSinceLoad: parts.visits(),
      counts: store.counts(),
      memoryBytes: (parts.memoryBytes ?? memoryInUse)(),
    }),
    config: () => store.config,
    setConfig: (config) => parts.applyConfig(config),
    hasPin: () => store.config.pin !== null,
    tryPin(pin) {
      const at = parts.wall();
      const expected = store.config.pin;
      // No PIN chosen yet: nothing unlocks the panel (and nothing is counted as a wrong guess).
      if (expected === null) return { result: { kind: 'rejected', lockedUntil: 0 }, at };
      // Read from the store each time: a lockout made in another tab on this profile holds here too.
      const { state, result } = tryPin(store.guard(), pin, expected, at);
      store.setGuard(state);
      return { result, at };
    },
    setPin(pin) {
      if (!isValidPin(pin)) return 'invalid';
      if (isGuessablePin(pin)) return 'guessable';
      parts.applyConfig({ ...store.config, pin });
      return null;
    },
    exportCsv() {
      const t = kioskStaffStringsFor(language());
      const name = t.csvFileName(store.today());
      (parts.download ?? downloadText)(name, countsToCsv(store.counts(), t.csv), 'text/csv;charset=utf-8');
      return name;
    },
    resetCounts: () => store.updateCounts(() => emptyCounts(parts.wall())),
    reload: () => parts.reload(),
    closeWindow: () => parts.closeWindow?.() ?? false,
  };
}

function memoryInUse(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null;
}
