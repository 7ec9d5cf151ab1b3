// The starts the real story is verified from, and the chronicle each must carry (docs/writing-ink.md):
// - "start": the story's own beginning (the opening holds the role choice, so every role is covered);
// - "kiosk": the exhibit cut, entered at its knot;
// - every chapter checkpoint knot, once per role, with default variables (classroom "start at any chapter").
// The canonical sequence comes from src/core/record/canonical-sequence.ts (the one list in the project).
// Which beat each chapter opens with is kept here, in CHAPTER_FIRST_BEAT, the one place that knows it.
import { CANONICAL_SEQUENCE } from '../../src/core/record/canonical-sequence.ts';
import type { StartSpec } from './verify-story.ts';

/** Chapter checkpoint knots in story order, each with the first canonical beat it must pass. */
export const CHAPTER_FIRST_BEAT: readonly (readonly [chapter: string, firstBeat: string])[] = [
  ['ch1_arrival', 'raid_1940_05_24'],
  ['ch2_raid', 'raid_1940_05_24'],
  ['ch3_aftermath', 'jacson_enters_1940_05_28'],
  ['ch4_fortress', 'fortress_summer_1940'],
  ['ch5_rehearsal', 'rehearsal_1940_08_17'],
  ['ch6_attack', 'attack_1940_08_20'],
  ['ch7_death', 'death_1940_08_21'],
  ['epilogue', 'siqueiros_arrested_1940_10_04'],
];

export const ROLE_VARIABLE = 'role';
export const ROLE_LIST = 'roles';

/** The canonical suffix from `beat` on. Throws if the beat is not canonical (the table above is out of date). */
export function canonicalFrom(beat: string, canonical: readonly string[] = CANONICAL_SEQUENCE): readonly string[] {
  const at = canonical.indexOf(beat);
  if (at === -1) throw new Error(`verifier: ${beat} is not in the canonical sequence; update CHAPTER_FIRST_BEAT`);
  return canonical.slice(at);
}

/** The items of an ink LIST, in declaration order, read from the compiled JSON's list definitions. */
export function listItems(json: string, list: string): string[] {
  const defs = (JSON.parse(json) as { listDefs?: Record<string, Record<string, number>> }).listDefs ?? {};
  const items = defs[list];
  if (!items) throw new Error(`verifier: the story declares no LIST ${list}`);
  return Object.entries(items)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
}

export function realStoryStarts(json: string, canonical: readonly string[] = CANONICAL_SEQUENCE): StartSpec[] {
  const roles = listItems(json, ROLE_LIST);
  const starts: StartSpec[] = [
    { id: 'start', expected: canonical },
    { id: 'kiosk', knot: 'kiosk', expected: canonical },
  ];
  for (const [chapter, firstBeat] of CHAPTER_FIRST_BEAT) {
    for (const role of roles) {
      starts.push({
        id: `${chapter}/${role}`,
        knot: chapter,
        variables: { [ROLE_VARIABLE]: { listItem: `${ROLE_LIST}.${role}` } },
        expected: canonicalFrom(firstBeat, canonical),
      });
    }
  }
  return starts;
}
