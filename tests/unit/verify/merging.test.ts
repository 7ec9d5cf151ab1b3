import { describe, expect, it } from 'vitest';
import { verifyStory } from '../../../tools/verify/verify-story.ts';
import { compileFixture } from './compile-fixture.ts';

// Generous per-line budget: these fixtures have no infinite loops, and a loaded machine must not fake one.
const FAST = { sliceMs: 5, lineBudgetMs: 2_000, maxLinesPerStep: 200 };

// Six independent two-way choices, then a long shared tail: 64 paths that all reach the same choice points.
function ladder(tail: string, header = ''): string {
  const rungs = [1, 2, 3, 4, 5, 6]
    .map((n) => `= r${n}\n* (left${n}) [Rung ${n} left]\n* (right${n}) [Rung ${n} right]\n- -> r${n + 1}\n`)
    .join('');
  return `${header}\n-> climb\n=== climb\nStart. # record: one\n-> r1\n${rungs}= r7\n-> tail\n=== tail\n${tail}`;
}

describe('state merging in the verifier', () => {
  it('merges paths that differ only in what nothing downstream reads', () => {
    const report = verifyStory({
      json: compileFixture(ladder('* [Finish]\n- Fin. # record: two\n-> END\n')),
      starts: [{ id: 'start', expected: ['one', 'two'] }],
      limits: FAST,
    });
    expect(report.failures).toEqual([]);
    expect(report.totals.merges).toBeGreaterThan(0);
    expect(report.totals.states).toBeLessThan(20);
    expect(report.starts[0]?.paths).toBe(64);
  });

  it('still catches a chronicle that changes with a read count checked far downstream', () => {
    // Early choices look alike at every rung; only "Rung 2 left" then "Rung 4 right" repeats the beat, at the end.
    const tail = `* [Finish]\n- Fin. # record: two\n{climb.r4.right4 && climb.r2.left2: Again. # record: two}\n-> END\n`;
    const report = verifyStory({
      json: compileFixture(ladder(tail)),
      starts: [{ id: 'start', expected: ['one', 'two'] }],
      limits: FAST,
    });
    const failure = report.failures.find((f) => f.kind === 'chronicle');
    expect(failure?.message).toMatch(/repeated two/);
    expect(failure?.path).toContain('Rung 4 right');
    expect(failure?.path).toContain('Rung 2 left');
  });

  it('still catches a chronicle that changes with a variable set early and read far downstream', () => {
    // The first path explored (all "left") is fine; only paths through "Rung 3 right" lose the beat, at the end.
    const rungs = ladder('* [Finish]\n- {not warned: Fin. # record: two}\n-> END\n', 'VAR warned = false');
    const json = compileFixture(rungs.replace('[Rung 3 right]', '[Rung 3 right]\n  ~ warned = true'));
    const report = verifyStory({ json, starts: [{ id: 'start', expected: ['one', 'two'] }], limits: FAST });
    const failure = report.failures.find((f) => f.kind === 'chronicle');
    expect(failure?.message).toMatch(/missing two/);
    expect(failure?.path).toContain('Rung 3 right');
  });

  it('gives the same verdicts with chapter segments as without them', () => {
    const source = `
LIST roles = teamster, student
VAR role = teamster
VAR trust = 0
-> ch_a
=== ch_a
A. # record: one
* [Help]
  ~ trust++
* [Watch]
- (rest)
* [Rest]
* [Read]
- -> ch_b
=== ch_b
* {role == student} [Study]
* [Work]
- {trust > 0: B. # record: two}
{trust == 0: B. # record: two}
{trust > 0 && role == student: Extra. # record: three}
-> END
`;
    const json = compileFixture(source);
    const starts = [
      { id: 'start', expected: ['one', 'two'] },
      { id: 'ch_b/student', knot: 'ch_b', variables: { role: { listItem: 'roles.student' } }, expected: ['two'] },
    ];
    const plain = verifyStory({ json, starts, limits: FAST });
    const segmented = verifyStory({ json, starts, limits: FAST, boundaries: ['ch_a', 'ch_b'] });
    expect(plain.failures.map((f) => f.message).sort()).toEqual(segmented.failures.map((f) => f.message).sort());
    expect(plain.ok).toBe(true);
    const teamsterOnly = verifyStory({
      json,
      starts: [starts[0] as (typeof starts)[0]],
      limits: FAST,
      boundaries: ['ch_a', 'ch_b'],
    });
    expect(teamsterOnly.coverage.untakenChoices.length).toBe(1);
  });

  it('fails a later chapter that reads a visit count changed in an earlier chapter', () => {
    const source = `
-> ch_a
=== ch_a
A. # record: one
* [Help] -> helped
* [Watch] -> ch_b
= helped
You help.
-> ch_b
=== ch_b
* [Go]
- {ch_a.helped: Thanks.}
B. # record: two
-> END
`;
    const report = verifyStory({
      json: compileFixture(source),
      starts: [{ id: 'start', expected: ['one', 'two'] }],
      limits: FAST,
      boundaries: ['ch_a', 'ch_b'],
    });
    expect(report.failures.map((f) => f.message).join()).toMatch(/cross-chapter read counts are forbidden/);
  });
});
