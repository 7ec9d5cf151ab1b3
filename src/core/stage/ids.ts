// The closed vocabularies of the ink ↔ game contract. Tags are validated against these lists, so a typo in
// the story is a content Problem (and a failing content test), never a silent blank on a museum screen.

export const SCENE_IDS = [
  'plan', // the compound plan, top-down: the anchor image
  'gate', // the street gate and garage, the only entrance
  'patio', // the patio, rabbit hutches and hen-house
  'study',
  'dining',
  'library',
  'bedroom',
  'guardroom',
  'tower', // towers and roof
  'street', // Avenida Viena, the police hut, the dry river bed
  'market', // Coyoacán streets and market
  'cactus', // the cactus-hunting trip in the country
  'hospital', // the Cruz Verde
  'procession', // 22 August through the city
  'museum', // the garden and the stele, as the museum is today (epilogue)
] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export const TIMES_OF_DAY = ['dawn', 'day', 'dusk', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const MUSIC_IDS = ['title', 'house', 'dread', 'grief', 'epilogue'] as const;
export type MusicId = (typeof MUSIC_IDS)[number];

export const AMBIENCE_IDS = [
  'night', // insects, distant dogs
  'garden', // hens, rabbits, wind in the eucalyptus
  'street', // trams, carts, street life
  'market',
  'rain',
  'wind',
  'house', // a quiet interior, a clock, the typewriter far off
  'hospital',
  'crowd', // the procession
] as const;
export type AmbienceId = (typeof AMBIENCE_IDS)[number];

export const SFX_IDS = [
  'gate_bolt',
  'steel_door',
  'car_engine',
  'alarm_buzzer',
  'siren',
  'gunfire',
  'glass_break',
  'footsteps',
  'typewriter',
  'dictaphone',
  'ambulance_bell',
  'dog_bark',
  'rooster',
  'church_bell',
  'phone_ring',
  'hammer',
] as const;
export type SfxId = (typeof SFX_IDS)[number];

/** Full-screen visual effects a scene can run; each has a reduced-motion form. */
export const EFFECT_IDS = ['raid_flashes', 'fire_glow'] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

/** Text styles a line can carry (`# class: document`). */
export const TEXT_CLASSES = ['document', 'letter', 'speech', 'quote', 'note', 'title'] as const;
export type TextClass = (typeof TEXT_CLASSES)[number];
