// Which pushbacks (story/record/pushbacks.json) are the player's proposals for the house's security, as opposed to
// attempts to change a night's events (the alarm, the chase), which the debrief lists as attempts.

/** Pushback ids that are a suggestion to the household, turned down for a recorded reason. */
export const REFUSED_PROPOSALS: readonly string[] = [
  'search_visitors',
  'warn_about_jacson',
  'search_jacson',
  'stay_in_study',
  'refuse_jacson_aug20',
];
