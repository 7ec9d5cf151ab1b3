// What each ink `known` item (story/*/variables.ink, LIST knowledge) rests on in the record. The sentences are in
// each language's notebook part (src/languages/<id>/notebook.ts); the sources and beats are here, once, so every
// language cites the same record. tests/unit/notebook/knowledge.test.ts checks both against the record and ink.

/** One `known` item: the record beats and sources its sentence states. */
export interface KnowledgeEntry {
  readonly id: string;
  readonly beats: readonly string[];
  readonly sources: readonly string[];
  /**
   * A second sentence the player may read only once the story has reached `beat` (a chronicle beat or a recalled
   * one): what became of it, which would spoil the story before then.
   */
  readonly later?: { readonly beat: string; readonly sources: readonly string[] };
}

/** In ink's LIST order, which is the notebook's order. */
export const KNOWLEDGE: readonly KnowledgeEntry[] = [
  { id: 'k_moscow_trials', beats: ['dewey_hearings_1937_04'], sources: ['dewey', 'pat'] },
  { id: 'k_sedov', beats: ['sedov_dies_1938_02_16', 'sergei_shot_1937'], sources: ['pat', 'wp'] },
  { id: 'k_spain', beats: ['mercader_identified_1950_1953'], sources: ['con', 'nyt_1953'] },
  { id: 'k_asylum', beats: ['tampico_1937_01_09', 'blue_house_1937'], sources: ['el_universal_1937', 'pat', 'vh'] },
  {
    id: 'k_harte_past',
    beats: ['raid_1940_05_24'],
    sources: ['rou'],
    later: { beat: 'harte_found_1940_06_25', sources: ['rou', 'ss'] },
  },
  {
    id: 'k_jacson_story',
    beats: ['jacson_waits_outside_1940'],
    sources: ['pat'],
    later: { beat: 'jacson_enters_1940_05_28', sources: ['pat', 'levine'] },
  },
  {
    id: 'k_sylvia',
    beats: ['jacson_waits_outside_1940'],
    sources: ['pat'],
    later: { beat: 'attack_1940_08_20', sources: ['pat', 'wsws'] },
  },
  {
    id: 'k_comintern_press',
    beats: ['self_attack_slander_1940'],
    sources: ['ev'],
    later: { beat: 'harte_found_1940_06_25', sources: ['comintern', 'pat', 'lt_cgpu'] },
  },
];
