import { MEASURE_IDS } from '../record/record-ids.ts';
import type { CarriedState } from '../session/session.ts';
import { isOneOf } from '../is-one-of.ts';

// What a save code (save-code.ts) carries, kept apart from its encoder: chapter select and the save loader need the
// lists and carryOf on the title screen, before the first text, and the encoder only in the saves dialog. The lists
// must match story/en/variables.ink (a content test checks it); append only, never reorder, or old codes change
// meaning.

export const CODE_CHAPTERS = [
  'ch1_arrival',
  'ch2_raid',
  'ch3_aftermath',
  'ch4_fortress',
  'ch5_rehearsal',
  'ch6_attack',
  'ch7_death',
  'epilogue',
] as const;
export const CODE_ROLES = ['teamster', 'student', 'mexican'] as const;
export const CODE_TRUST = ['trust_lt', 'trust_natalia', 'trust_seva', 'trust_guards', 'trust_police'] as const;
export const CODE_MEASURES = MEASURE_IDS;
export const CODE_KNOWLEDGE = [
  'k_moscow_trials',
  'k_sedov',
  'k_spain',
  'k_asylum',
  'k_harte_past',
  'k_jacson_story',
  'k_sylvia',
  'k_comintern_press',
] as const;

/** The variables a code (or an old-edition save) carries into a chapter start. */
export function carryOf(state: {
  readonly trust: Readonly<Record<(typeof CODE_TRUST)[number], number>>;
  readonly measures: readonly string[];
  readonly known: readonly string[];
}): CarriedState {
  return {
    numbers: { ...state.trust },
    lists: {
      house: { list: 'measures', items: state.measures.filter((m) => isOneOf(CODE_MEASURES, m)) },
      known: { list: 'knowledge', items: state.known.filter((k) => isOneOf(CODE_KNOWLEDGE, k)) },
    },
  };
}
