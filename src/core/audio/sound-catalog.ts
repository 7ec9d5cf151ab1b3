import type { AmbienceId, MusicId, SfxId } from '../stage/ids.ts';

/**
 * Every sound the game has, keyed by the closed id lists in `../stage/ids.ts` (a `Record` over each list, so a new
 * id without an entry is a compile error). Files live in `assets/audio/<kind>/<id>.ogg`: by kind, because ids repeat
 * across kinds (music `house`, ambience `house`). Made by `tools/audio/build-audio.mjs`; see docs/sound.md.
 */
export type SoundRef =
  | { readonly kind: 'music'; readonly id: MusicId }
  | { readonly kind: 'ambience'; readonly id: AmbienceId }
  | { readonly kind: 'sfx'; readonly id: SfxId };

export interface SoundSpec {
  /**
   * Level of this file in the mix, 0–1, before the player's channel and master volumes. 1 for every sound: the
   * files themselves are normalised to their category's loudness in the build (docs/sound.md, "Loudness"), so the
   * balance lives in the files; lower one only to place a sound deliberately under its category.
   */
  readonly volume: number;
  /** The caption line shown in the text panel when captions are on, e.g. "[Distant dogs bark]". */
  readonly caption: string;
}

export interface SoundEntry extends SoundSpec {
  readonly ref: SoundRef;
  /** Path under `assets/audio/`. */
  readonly file: string;
  /** Music and ambience loop; effects play once. */
  readonly loop: boolean;
  /**
   * Stream through an HTML5 Audio element instead of decoding the whole file into memory (pitfalls H4/H6): only
   * for the long music cues, at most one or two playing at once.
   */
  readonly stream: boolean;
}

export const MUSIC_SOUNDS: Readonly<Record<MusicId, SoundSpec>> = {
  title: { volume: 1, caption: '[Music: a slow guitar in a minor key]' },
  house: { volume: 1, caption: '[Music: an unhurried guitar, warm]' },
  dread: { volume: 1, caption: '[Music: a low, uneasy drone]' },
  grief: { volume: 1, caption: '[Music: a slow lament on the guitar]' },
  epilogue: { volume: 1, caption: '[Music: a quiet guitar turning from minor to major]' },
};

export const AMBIENCE_SOUNDS: Readonly<Record<AmbienceId, SoundSpec>> = {
  night: { volume: 1, caption: '[Night insects; distant dogs bark]' },
  garden: { volume: 1, caption: '[Wind in the eucalyptus; hens cluck]' },
  street: { volume: 1, caption: '[A tram passes in the distance; a cart, voices]' },
  market: { volume: 1, caption: '[The market: voices, vendors calling]' },
  rain: { volume: 1, caption: '[Rain on the roof and the patio]' },
  wind: { volume: 1, caption: '[Wind gusting over the walls]' },
  house: { volume: 1, caption: '[A quiet house: a clock ticks; a typewriter far off]' },
  hospital: { volume: 1, caption: '[A hospital corridor: footsteps, low voices]' },
  crowd: { volume: 1, caption: '[A vast crowd, hushed; shuffling feet]' },
};

export const SFX_SOUNDS: Readonly<Record<SfxId, SoundSpec>> = {
  gate_bolt: { volume: 1, caption: '[The gate bolt slides home]' },
  steel_door: { volume: 1, caption: '[A steel door swings shut]' },
  car_engine: { volume: 1, caption: '[A car engine starts]' },
  alarm_buzzer: { volume: 1, caption: '[The alarm buzzer sounds]' },
  siren: { volume: 1, caption: '[A siren wails]' },
  gunfire: { volume: 1, caption: '[Gunfire in the dark]' },
  glass_break: { volume: 1, caption: '[Glass shatters]' },
  footsteps: { volume: 1, caption: '[Footsteps on gravel]' },
  typewriter: { volume: 1, caption: '[A typewriter clatters]' },
  dictaphone: { volume: 1, caption: '[The Dictaphone hums and crackles]' },
  ambulance_bell: { volume: 1, caption: '[An ambulance bell clangs]' },
  dog_bark: { volume: 1, caption: '[A dog barks]' },
  rooster: { volume: 1, caption: '[A rooster crows]' },
  church_bell: { volume: 1, caption: '[A church bell tolls]' },
  phone_ring: { volume: 1, caption: '[The telephone rings]' },
  hammer: { volume: 1, caption: '[Hammering]' },
};

function entry(ref: SoundRef, spec: SoundSpec): SoundEntry {
  return {
    ...spec,
    ref,
    file: `${ref.kind}/${ref.id}.ogg`,
    loop: ref.kind !== 'sfx',
    stream: ref.kind === 'music',
  };
}

/** The catalog entry for one sound. */
export function soundEntry(ref: SoundRef): SoundEntry {
  switch (ref.kind) {
    case 'music':
      return entry(ref, MUSIC_SOUNDS[ref.id]);
    case 'ambience':
      return entry(ref, AMBIENCE_SOUNDS[ref.id]);
    case 'sfx':
      return entry(ref, SFX_SOUNDS[ref.id]);
    default:
      return assertNever(ref);
  }
}

/** Every sound: music, then ambience, then effects. */
export function allSounds(): SoundEntry[] {
  return [
    ...(Object.keys(MUSIC_SOUNDS) as MusicId[]).map((id) => soundEntry({ kind: 'music', id })),
    ...(Object.keys(AMBIENCE_SOUNDS) as AmbienceId[]).map((id) => soundEntry({ kind: 'ambience', id })),
    ...(Object.keys(SFX_SOUNDS) as SfxId[]).map((id) => soundEntry({ kind: 'sfx', id })),
  ];
}

/** The caption for an effect (what the text panel shows when captions are on). */
export function captionFor(sfx: SfxId): string {
  return SFX_SOUNDS[sfx].caption;
}

/** The caption for any sound, music and ambience included. */
export function captionOf(ref: SoundRef): string {
  return soundEntry(ref).caption;
}

function assertNever(value: never): never {
  throw new Error(`unknown sound kind: ${JSON.stringify(value)}`);
}
