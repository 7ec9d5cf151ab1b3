import type { AudioVolumes } from './audio-port.ts';
import type { SoundEntry } from './sound-catalog.ts';

/** Volumes before the player changes anything. */
export const DEFAULT_VOLUMES: AudioVolumes = { master: 1, music: 0.8, ambience: 0.8, sfx: 1, muted: false };

/** A setting as a level in [0, 1]: out-of-range values are clamped and non-numbers count as silence. */
export function clampLevel(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** The level a sound plays at: its base volume × its channel's volume × master, or 0 when muted. */
export function levelFor(entry: Pick<SoundEntry, 'ref' | 'volume'>, volumes: AudioVolumes): number {
  if (volumes.muted) return 0;
  const channel = volumes[entry.ref.kind];
  return clampLevel(entry.volume) * clampLevel(channel) * clampLevel(volumes.master);
}

/**
 * Volumes under a ceiling (a kiosk's staff volume, 0–1): the master level is scaled, so the visitor's own
 * settings still work below it and the mix keeps its balance.
 */
export function underCeiling(volumes: AudioVolumes, ceiling: number): AudioVolumes {
  return { ...volumes, master: clampLevel(volumes.master) * clampLevel(ceiling) };
}
