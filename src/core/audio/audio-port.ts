import type { AmbienceId, MusicId, SfxId } from '../stage/ids.ts';
import type { OneshotId } from './ambient-events.ts';

/** The sound the story declares right now: the adapter makes reality match it (see `reconcile`). */
export interface AudioScene {
  readonly music: MusicId | null;
  readonly ambience: AmbienceId | null;
}

/** Levels from 0 to 1. The heard level of a sound is `base × channel × master`, or 0 when muted. */
export interface AudioVolumes {
  readonly master: number;
  readonly music: number;
  readonly ambience: number;
  readonly sfx: number;
  readonly muted: boolean;
}

/**
 * - `locked`: the browser has not let audio start yet (no user gesture so far); call `unlock()` from a tap or key.
 * - `running`: sound can play.
 * - `unavailable`: no audio in this environment (no Audio at all, or disposed); every call is a silent no-op.
 */
export type AudioStatus = 'locked' | 'running' | 'unavailable';

/**
 * The only way the app reaches sound. Implementations: `src/adapters/audio/howler-audio.ts` (real sound) and
 * `src/adapters/audio/silent-audio.ts` (tests, no-audio environments).
 *
 * Contract: audio never blocks or breaks the story. No method throws; a missing or undecodable file logs a
 * warning and that sound stays silent.
 */
export interface AudioPort {
  /**
   * Make the playing music and ambience match `state` (crossfading on change; `null` fades out). Idempotent:
   * calling it again with the same state does nothing. Safe while locked: the declared state is remembered and
   * starts when audio unlocks. Call it after every story step, load, reset and restart.
   */
  reconcile(state: AudioScene): void;
  /** Play a one-shot effect now. Skipped (not queued) while locked, so no stale effects burst out at the first tap. */
  playSfx(id: SfxId): void;
  /** Apply volume settings at once to everything playing and to what plays later. */
  setVolumes(v: AudioVolumes): void;
  /** Call from inside a user gesture handler (first tap or key): resumes the audio context if it is suspended. */
  unlock(): void;
  readonly status: AudioStatus;
  /**
   * Be told of each ambient one-shot as it starts (a dog far off, a lorry on the road), to caption it; null stops
   * telling. The listener must not throw (the adapter catches and warns if it does). Optional: a port without
   * ambient events (the silent one, test doubles) need not have it.
   */
  onAmbientEvent?(listener: ((id: OneshotId) => void) | null): void;
  /** Stop everything and release the sounds. Afterwards status is `unavailable` and every call is a no-op. */
  dispose(): void;
}
