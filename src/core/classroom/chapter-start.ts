import type { CarriedState } from '../session/session.ts';
import { RESULT_CHAPTERS } from './class-result.ts';

export type ClassroomChapter = (typeof RESULT_CHAPTERS)[number];

/** The fortifications the household really built after 24 May (chapter IV adds them; later chapters start with them). */
const SUMMER_DEFENCES = [
  'steel_doors',
  'towers',
  'siren',
  'wire_lights',
  'shutters',
  'police_tripled',
  'redoubt',
] as const;

/**
 * The state a class starts with when the teacher begins at a chapter, instead of a student's own playthrough:
 * the house as it really was at that date (none of the player's own proposals, which are fiction), relationships
 * of someone who has lived there that long, and the background the earlier chapters would have explained.
 * The values are the ink's own variable names (story/en/variables.ink).
 */
export function chapterStartState(chapter: ClassroomChapter): CarriedState {
  const at = RESULT_CHAPTERS.indexOf(chapter);
  const trust = at <= 0 ? 0 : at <= 2 ? 1 : 2;
  const known: string[] = [];
  if (at >= 1) known.push('k_moscow_trials', 'k_asylum', 'k_sedov', 'k_comintern_press');
  if (at >= 3) known.push('k_harte_past', 'k_jacson_story');
  if (at >= 4) known.push('k_sylvia');
  return {
    numbers: {
      trust_lt: trust,
      trust_natalia: trust,
      trust_seva: trust,
      trust_guards: trust,
      trust_police: at >= 2 ? 1 : 0,
    },
    lists: {
      house: { list: 'measures', items: at >= 4 ? [...SUMMER_DEFENCES] : [] },
      known: { list: 'knowledge', items: known },
    },
  };
}
