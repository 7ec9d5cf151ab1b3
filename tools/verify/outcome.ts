// What one path through the story comes to, seen from a state: how it ends and the record beats on the way.
// Outcomes are keyed by a string so that a subtree's result is a small set; identical keys are interned.

export type OutcomeKind =
  | 'end' // reached END / DONE with no choices: the only good kind
  | 'dead_end' // ran out of content (no text, no choices, not at an ending)
  | 'error' // an ink runtime error or warning, or an exception from the runtime
  | 'hang' // an infinite loop inside one step
  | 'trap' // choices only lead back to states already on the path: no way out
  | 'beat_in_loop' // a loop of choices passes a record beat, so a player can repeat it
  | 'budget'; // the exploration budget ran out before this subtree was finished

export interface Outcome {
  readonly kind: OutcomeKind;
  /** Record beats from the state where the outcome is seen to the end of the path, in order. */
  readonly beats: readonly string[];
  /** The ending's knot(.stitch) for `end`; the message for failures. */
  readonly detail: string;
}

const interned = new Map<string, string>();

function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  interned.set(text, text);
  return text;
}

export function outcomeKey(outcome: Outcome): string {
  return intern(JSON.stringify([outcome.kind, outcome.detail, outcome.beats]));
}

export function parseOutcomeKey(key: string): Outcome {
  const [kind, detail, beats] = JSON.parse(key) as [OutcomeKind, string, string[]];
  return { kind, detail, beats };
}

/** The same outcome seen one step earlier, where `beats` were emitted first. */
export function prependBeats(key: string, beats: readonly string[]): string {
  if (beats.length === 0) return key;
  const outcome = parseOutcomeKey(key);
  return outcomeKey({ ...outcome, beats: [...beats, ...outcome.beats] });
}
