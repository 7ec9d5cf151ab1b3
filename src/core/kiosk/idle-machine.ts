/**
 * The kiosk's idle state machine: attract → playing → warning → attract. Pure: time arrives in every event
 * (`at`, milliseconds on a monotonic clock), so tests drive it with a fake clock and never sleep.
 *
 * Contract:
 * - `attract`: nobody is playing. Only `begin` (a touch on the attract screen) leaves it.
 * - `playing`: a visitor is playing. Every input restarts the quiet period; a new passage on screen stretches the
 *   allowed quiet time to its reading time (see `readingAllowanceMs`), never below `warningMs`.
 * - `warning`: "Are you still there?" with a countdown to `deadline`. Any input goes back to `playing`; a tick at
 *   or after the deadline resets the visit and returns to `attract`.
 * - `reset` (staff, error recovery) returns to `attract` from anywhere.
 * The effect of each transition tells the driver what to do on screen; the machine itself does nothing.
 */
export type IdlePhase = 'attract' | 'playing' | 'warning';

export type IdleState =
  | { readonly phase: 'attract' }
  | { readonly phase: 'playing'; readonly quietSince: number; readonly allowMs: number }
  | { readonly phase: 'warning'; readonly deadline: number };

export type IdleEvent =
  | { readonly kind: 'begin'; readonly at: number }
  | { readonly kind: 'input'; readonly at: number }
  | { readonly kind: 'passage'; readonly at: number; readonly words: number }
  | { readonly kind: 'tick'; readonly at: number }
  | { readonly kind: 'reset'; readonly at: number };

/** What the screen must do after a transition. */
export type IdleEffect = 'none' | 'start-visit' | 'show-warning' | 'hide-warning' | 'end-visit';

export interface IdleTimings {
  /** Quiet time before the warning appears (ms). */
  readonly warningMs: number;
  /** How long the warning counts down before the reset (ms). */
  readonly countdownMs: number;
  /** Reading speed assumed for a visitor standing at the screen, in words per minute. */
  readonly readingWpm: number;
  /** The longest quiet time any passage can earn (ms). */
  readonly maxReadingMs: number;
}

export interface Transition {
  readonly state: IdleState;
  readonly effect: IdleEffect;
}

export const ATTRACT: IdleState = { phase: 'attract' };

/**
 * Quiet time a passage earns: its words at the standing reading speed, at least `warningMs`, at most
 * `maxReadingMs`. Timers do not pause while reading; they stretch to the passage, so a visitor who walks away
 * in the middle of a long passage is still reset within `maxReadingMs + countdownMs`.
 */
export function readingAllowanceMs(words: number, timings: IdleTimings): number {
  const reading = Number.isFinite(words) && words > 0 ? (words / timings.readingWpm) * 60_000 : 0;
  return Math.max(timings.warningMs, Math.min(timings.maxReadingMs, Math.round(reading)));
}

type Phase<P extends IdlePhase> = Extract<IdleState, { phase: P }>;
type EventOf<K extends IdleEvent['kind']> = Extract<IdleEvent, { kind: K }>;
type Table = {
  readonly [P in IdlePhase]: {
    readonly [K in IdleEvent['kind']]: (state: Phase<P>, event: EventOf<K>, timings: IdleTimings) => Transition;
  };
};

const stay = (state: IdleState): Transition => ({ state, effect: 'none' });
const playing = (at: number, allowMs: number): IdleState => ({ phase: 'playing', quietSince: at, allowMs });

/** Every phase × every event, spelled out: the compiler rejects a missing cell. */
const TABLE: Table = {
  attract: {
    begin: (_s, e, t) => ({ state: playing(e.at, t.warningMs), effect: 'start-visit' }),
    input: (s) => stay(s),
    passage: (s) => stay(s),
    tick: (s) => stay(s),
    reset: (s) => stay(s),
  },
  playing: {
    begin: (_s, e, t) => stay(playing(e.at, t.warningMs)),
    input: (s, e) => stay(playing(e.at, s.allowMs)),
    passage: (_s, e, t) => stay(playing(e.at, readingAllowanceMs(e.words, t))),
    tick: (s, e, t) =>
      e.at - s.quietSince >= s.allowMs
        ? { state: { phase: 'warning', deadline: e.at + t.countdownMs }, effect: 'show-warning' }
        : stay(s),
    reset: () => ({ state: ATTRACT, effect: 'end-visit' }),
  },
  warning: {
    begin: (_s, e, t) => ({ state: playing(e.at, t.warningMs), effect: 'hide-warning' }),
    input: (_s, e, t) => ({ state: playing(e.at, t.warningMs), effect: 'hide-warning' }),
    passage: (_s, e, t) => ({ state: playing(e.at, readingAllowanceMs(e.words, t)), effect: 'hide-warning' }),
    tick: (s, e) => (e.at >= s.deadline ? { state: ATTRACT, effect: 'end-visit' } : stay(s)),
    reset: () => ({ state: ATTRACT, effect: 'end-visit' }),
  },
};

export function step(state: IdleState, event: IdleEvent, timings: IdleTimings): Transition {
  // The casts are safe: the table is indexed by the very phase and kind it is typed for.
  const cell = TABLE[state.phase][event.kind] as (s: IdleState, e: IdleEvent, t: IdleTimings) => Transition;
  return cell(state, event, timings);
}

/** Milliseconds left on the warning's countdown (0 outside the warning). */
export function remainingMs(state: IdleState, at: number): number {
  return state.phase === 'warning' ? Math.max(0, state.deadline - at) : 0;
}
