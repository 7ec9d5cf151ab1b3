import type { AmbienceId, MusicId } from '../stage/ids.ts';
import type { AudioScene } from './audio-port.ts';

/** One looping channel going from what plays now to what the story declares (either side may be silence). */
export type ChannelChange =
  | { readonly channel: 'music'; readonly from: MusicId | null; readonly to: MusicId | null }
  | { readonly channel: 'ambience'; readonly from: AmbienceId | null; readonly to: AmbienceId | null };

/**
 * What must change to make `current` sound like `target`: one change per channel that differs, none when they
 * match. Reconciling is therefore idempotent: applying the plan and planning again gives an empty plan.
 */
export function planReconcile(current: AudioScene, target: AudioScene): ChannelChange[] {
  const changes: ChannelChange[] = [];
  if (current.music !== target.music) changes.push({ channel: 'music', from: current.music, to: target.music });
  if (current.ambience !== target.ambience)
    changes.push({ channel: 'ambience', from: current.ambience, to: target.ambience });
  return changes;
}

export const SILENCE: AudioScene = { music: null, ambience: null };
