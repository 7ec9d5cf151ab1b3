/**
 * Modes are configuration, resolved once at boot from the URL and then frozen. Code reads capabilities, never
 * the mode's id. Unknown or hostile parameter values fall back to the browser mode with a problem message.
 */
export type ModeId = 'browser' | 'kiosk' | 'classroom';

export interface Mode {
  readonly id: ModeId;
  /** Where saves and settings live: the device's storage, or nowhere (kiosk: every visitor starts clean). */
  readonly persistence: 'local' | 'none';
  /** Which story entry the Begin button starts. */
  readonly entry: 'start' | 'kiosk';
  readonly captionsByDefault: boolean;
  /** Whether invented and sourced lines are marked by default (a setting the reader can change). */
  readonly marksByDefault: boolean;
  readonly attractLoop: boolean;
  readonly idleWarningMs: number | null;
  readonly idleCountdownMs: number;
  readonly teacherTools: boolean;
  readonly chapterSelect: boolean;
  /** Pause points hold the story at every chapter end until the class goes on (the classroom's pause screen). */
  readonly pausePoints: boolean;
  /** Sound starts muted (a classroom: the raid has gunfire); the player can still turn it on in the settings. */
  readonly mutedByDefault: boolean;
}

const MODES: Readonly<Record<ModeId, Mode>> = {
  browser: {
    id: 'browser',
    persistence: 'local',
    entry: 'start',
    captionsByDefault: false,
    marksByDefault: false,
    attractLoop: false,
    idleWarningMs: null,
    idleCountdownMs: 0,
    teacherTools: false,
    chapterSelect: true,
    pausePoints: false,
    mutedByDefault: false,
  },
  kiosk: {
    id: 'kiosk',
    persistence: 'none',
    entry: 'kiosk',
    captionsByDefault: true,
    marksByDefault: false,
    attractLoop: true,
    idleWarningMs: 60_000,
    idleCountdownMs: 20_000,
    teacherTools: false,
    chapterSelect: false,
    pausePoints: false,
    mutedByDefault: false,
  },
  classroom: {
    id: 'classroom',
    persistence: 'local',
    entry: 'start',
    captionsByDefault: true,
    marksByDefault: true,
    attractLoop: false,
    idleWarningMs: null,
    idleCountdownMs: 0,
    teacherTools: true,
    chapterSelect: true,
    pausePoints: true,
    mutedByDefault: true,
  },
};

// Frozen here, not at resolve time: every path out of resolveMode (the fallbacks too) hands out a frozen mode.
for (const mode of Object.values(MODES)) Object.freeze(mode);

export interface ResolvedMode {
  readonly mode: Mode;
  readonly problems: readonly string[];
}

const MAX_PARAM_LENGTH = 40;

export function resolveMode(search: string): ResolvedMode {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2048 ? '' : search);
    if (search.length > 2048) problems.push('The address was too long and was ignored.');
  } catch {
    params = new URLSearchParams();
    problems.push('The address could not be read and was ignored.');
  }
  const raw = params.get('mode');
  if (raw === null || raw === '') return { mode: MODES.browser, problems };
  const value = raw.slice(0, MAX_PARAM_LENGTH).toLowerCase();
  if (value === 'browser' || value === 'kiosk' || value === 'classroom') return { mode: MODES[value], problems };
  problems.push(`Unknown mode "${value.replace(/[^a-z0-9_-]/g, '?')}": playing in the normal mode.`);
  return { mode: MODES.browser, problems };
}
