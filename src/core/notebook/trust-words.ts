import type { TrustKey } from '../game/game-state.ts';

/**
 * How someone in the house regards the player, in words (the notebook never shows a number). Ink keeps each trust
 * value within 0–5 (variables.ink); the epilogue's endings turn at 3, so `trusts` begins there.
 */
export type TrustLevel = 'distant' | 'warming' | 'trusts' | 'close';

export const TRUST_LEVELS: readonly TrustLevel[] = ['distant', 'warming', 'trusts', 'close'];

export function trustLevel(value: number): TrustLevel {
  if (value >= 5) return 'close';
  if (value >= 3) return 'trusts';
  if (value >= 1) return 'warming';
  return 'distant';
}

/** The people (and groups) the notebook speaks of, in the order it names them. */
export const PEOPLE: readonly TrustKey[] = ['trust_lt', 'trust_natalia', 'trust_seva', 'trust_guards', 'trust_police'];
