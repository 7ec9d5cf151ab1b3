import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../../tools/ink/compile-ink.mjs';
import {
  analyseConsequences,
  realStoryKind,
  type ChoiceConsequence,
  type ConsequenceReport,
} from '../../../tools/story/consequences/analyse-consequences.ts';
import { consequenceLine } from '../../../tools/story/consequences/format-consequences.ts';

// Inline stories written to a temporary folder and compiled with the project's compiler (tools/ink/compile-ink.mjs),
// so the measure runs on the same runtime Story the convergence proof reads. Any compiler error or warning fails.
const folder = mkdtempSync(join(tmpdir(), 'consequences-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let count = 0;

const HEAD = `LIST knowledge = k_one, k_two
LIST measures = alarm, gate
VAR known = ()
VAR house = ()
VAR trust_a = 0
VAR letters_home = 0
VAR unread = 0
-> opening
=== function raise(ref value, by)
~ value = MIN(value + by, 5)
=== opening
Before.
* [Begin]
- -> ch_a
`;

function measure(body: string): { report: ConsequenceReport; choice: (label: string) => ChoiceConsequence } {
  const source = HEAD + body;
  count += 1;
  const file = join(folder, `story${count}.ink`);
  writeFileSync(file, source);
  const compiled = compileInkFile(file);
  if (!compiled.story || compiled.errors.length + compiled.warnings.length > 0) {
    throw new Error(`fixture did not compile:\n${[...compiled.errors, ...compiled.warnings].join('\n')}`);
  }
  const report = analyseConsequences({
    story: compiled.story,
    chapters: ['ch_a', 'ch_b'],
    opening: 'opening',
    kiosk: null,
  });
  const lines = source.split('\n');
  const choice = (label: string): ChoiceConsequence => {
    const line = lines.findIndex((l) => l.includes(`[${label}]`)) + 1;
    const found = report.choices.find((c) => c.line === line);
    if (!found) throw new Error(`no choice [${label}] at line ${line}`);
    return found;
  };
  return { report, choice };
}

describe('the consequence measure', () => {
  it('does not count a choice whose write is never read', () => {
    const { choice } = measure(`=== ch_a
A.
* [Quiet]
  ~ unread = 1
* [Kind]
  ~ raise(trust_a, 1)
- Then.
* [On] -> ch_b
=== ch_b
{trust_a > 0: She smiles.}
* [End] -> END
`);
    expect(choice('Quiet').later).toBe(false);
    expect(choice('Kind').later).toBe(true);
  });

  it('counts a read in a later condition that changes text, through a ref parameter, in the same chapter', () => {
    const { choice } = measure(`=== ch_a
A.
* [Kind]
  ~ raise(trust_a, 1)
* [Cold]
  Nothing.
- Then.
* [Wait]
- Later.
{trust_a > 0: She remembers you.}
* [On] -> ch_b
=== ch_b
B.
* [End] -> END
`);
    const kind = choice('Kind');
    expect(kind.writes).toContain('var:trust_a');
    expect(kind.later).toBe(true);
    expect(kind.laterChapter).toBe(false);
    expect(kind.evidence[0]?.segment).toBe('ch_a');
    expect(choice('Cold').later).toBe(false);
  });

  it('does not count a read in the menu the choice was picked from or in the passage before the next choice', () => {
    const { choice } = measure(`=== ch_a
- (hub)
* (asked) [Ask] -> hub
* {asked} [Ask again] -> hub
* [Kind]
  ~ raise(trust_a, 1)
  {trust_a > 1: She nods.}
+ [Leave]
- (after)
{trust_a > 2: Right after the menu.}
* [On] -> ch_b
=== ch_b
B.
* [End] -> END
`);
    expect(choice('Ask').later).toBe(false);
    expect(choice('Kind').later).toBe(false);
  });

  it("counts a choice's availability in a later menu, read from its own visit count", () => {
    const { choice } = measure(`=== ch_a
A.
* (asked) [Ask]
  "Fine."
* [Look]
- Then.
* [Wait]
- Later.
* {asked} [Ask about it again]
* [Go]
- -> ch_b
=== ch_b
B.
* [End] -> END
`);
    const ask = choice('Ask');
    expect(ask.later).toBe(true);
    expect(ask.evidence[0]?.kind).toBe('visits');
    expect(choice('Look').later).toBe(false);
  });

  it('counts a scene tag under a condition, and not a condition whose branches differ only in state', () => {
    const { choice } = measure(`=== ch_a
A.
* [Alarm]
  ~ house += alarm
* [Gate]
  ~ house += gate
- Then.
* [Wait]
- Later.
{house ? alarm:
  # scene: alarm
}
{house ? gate:
  ~ unread = 2
}
* [On] -> ch_b
=== ch_b
B.
* [End] -> END
`);
    const alarm = choice('Alarm');
    expect(alarm.writes).toContain('item:house:measures.alarm');
    expect(alarm.later).toBe(true);
    expect(choice('Gate').later).toBe(false);
  });

  it('counts a read in a later chapter as later-chapter, and a list read item by item', () => {
    const { choice, report } = measure(`=== ch_a
A.
* [Learn one]
  ~ known += k_one
* [Learn two]
  ~ known += k_two
- Then.
* [On] -> ch_b
=== ch_b
B.
{known ? k_one: You remember the first thing.}
* [End] -> END
`);
    expect(choice('Learn one').laterChapter).toBe(true);
    expect(choice('Learn two').later).toBe(false);
    const chA = report.segments.find((s) => s.segment === 'ch_a');
    expect(chA).toMatchObject({ choices: 3, later: 1, laterChapter: 1 });
    // Begin, the three choices of ch_a and End: one of five has a later consequence.
    expect(consequenceLine('xx', report)).toBe(
      'consequences xx: 20.0 % of 5 choices later, 20.0 % in a later chapter, fewest kinds of state read by a chapter: 0',
    );
  });

  it('classifies the kinds of state a chapter reads', () => {
    const { report } = measure(`=== ch_a
A.
* (wrote) [Write]
  ~ letters_home += 1
* [Learn]
  ~ known += k_one
* [Help]
  ~ raise(trust_a, 1)
* [Propose]
  ~ house += gate
- Then.
* [On] -> ch_b
=== ch_b
{letters_home > 0: A letter.}
{known ? k_one: A memory.}
{trust_a > 0: A smile.}
{house ? gate: Two guards.}
{ch_a.wrote: The pen.}
* [End] -> END
`);
    const chB = report.segments.find((s) => s.segment === 'ch_b');
    expect(chB?.kindsRead).toEqual(['trust', 'knowledge', 'measures', 'letters', 'visits']);
    expect(report.segments.find((s) => s.segment === 'ch_a')?.kindsRead).toEqual([]);
    expect(report.fewestKinds).toEqual({ segment: 'ch_a', count: 0 });
    expect(['var:trust_lt', 'var:known', 'var:proposals_refused', 'var:letters_home', 'visit:x', 'var:role'].map(realStoryKind)).toEqual([
      'trust',
      'knowledge',
      'measures',
      'letters',
      'visits',
      'role',
    ]);
  });
});
