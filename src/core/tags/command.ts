import type { AmbienceId, EffectId, MusicId, SceneId, SfxId, TextClass, TimeOfDay } from '../stage/ids.ts';

/** One story tag, understood. Every tag the story may carry becomes exactly one of these (or a Problem). */
export type Command =
  | { readonly kind: 'checkpoint'; readonly id: string }
  | { readonly kind: 'scene'; readonly scene: SceneId }
  | { readonly kind: 'time'; readonly time: TimeOfDay }
  | { readonly kind: 'music'; readonly music: MusicId | null }
  | { readonly kind: 'ambience'; readonly ambience: AmbienceId | null }
  | { readonly kind: 'sfx'; readonly sfx: SfxId }
  | { readonly kind: 'effect'; readonly effect: EffectId | null }
  | { readonly kind: 'class'; readonly textClass: TextClass }
  | { readonly kind: 'record'; readonly beat: string }
  | { readonly kind: 'recall'; readonly beat: string }
  | { readonly kind: 'cite'; readonly source: string }
  | { readonly kind: 'pushback'; readonly id: string }
  | { readonly kind: 'view'; readonly id: string }
  | { readonly kind: 'invented' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'restart' }
  | { readonly kind: 'meta'; readonly key: MetaKey; readonly value: string };

export const META_KEYS = ['title', 'story_version', 'lang', 'author'] as const;
export type MetaKey = (typeof META_KEYS)[number];
