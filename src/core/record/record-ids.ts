// The closed id vocabularies the story's record tags may use (docs/writing-ink.md). The JSON in story/record/
// must define exactly these; tests compare the two, so a renamed id fails CI rather than a debrief on a kiosk.

/** The spine: every path passes all of these, in this order, once. */
export const SPINE_BEAT_IDS = [
  'raid_1940_05_24',
  'jacson_enters_1940_05_28',
  'harte_found_1940_06_25',
  'fortress_summer_1940',
  'rehearsal_1940_08_17',
  'attack_1940_08_20',
  'death_1940_08_21',
  'funeral_1940_08_22',
] as const;
export type SpineBeatId = (typeof SPINE_BEAT_IDS)[number];

/** The record's epilogue, after the spine, in this order. */
export const EPILOGUE_BEAT_IDS = [
  'siqueiros_arrested_1940_10_04',
  'siqueiros_freed_1941',
  'jacson_convicted_1943_04_16',
  'mercader_identified_1950_1953',
  'mercader_released_1960_05_06',
  'natalia_dies_1962_01_23',
  'yulia_emigrates_1979',
  'volkov_moscow_1988',
  'museum_opens_1990_08_20',
  'volkov_dies_2023_06_16',
] as const;
export type EpilogueBeatId = (typeof EPILOGUE_BEAT_IDS)[number];

export const PUSHBACK_IDS = [
  'search_visitors',
  'guard_gate_may23',
  'alarm_on_may24',
  'chase_raiders',
  'warn_about_jacson',
  'search_jacson',
  'stay_in_study',
  'refuse_jacson_aug20',
] as const;

export const VIEW_IDS = [
  'harte_victim',
  'harte_deceived',
  'harte_agent',
  'harte_unsure',
  'entry_known_face',
  'entry_ladders',
  'entry_overwhelmed',
  'entry_unsure',
] as const;

/** Mirrors `LIST measures` in story/en/variables.ink. */
export const MEASURE_IDS = [
  'alarm_tested',
  'police_checked',
  'night_rota',
  'visitor_log',
  'two_guard_gate',
  'sandbags_early',
  'steel_doors',
  'towers',
  'siren',
  'wire_lights',
  'shutters',
  'police_tripled',
  'redoubt',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** Mirrors `LIST roles` in story/en/variables.ink. */
export const ROLE_IDS = ['teamster', 'student', 'mexican'] as const;
