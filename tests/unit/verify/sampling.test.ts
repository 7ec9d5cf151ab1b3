import { describe, expect, it } from 'vitest';
import { sampleStory, type SamplingOptions } from '../../../tools/verify/sampling.ts';
import { replayPath } from '../../../tools/verify/replay-path.ts';
import { compileFixture } from './compile-fixture.ts';

// Generous per-line budget: these fixtures have no infinite loops, and a loaded machine must not fake one.
const FAST = { sliceMs: 5, lineBudgetMs: 2_000, maxLinesPerStep: 200 };

// Two chapters and an opening, with a trust value raised through a carrier function and a LIST of measures.
const STORY = (chB: string): string => `
LIST roles = teamster, student
VAR role = teamster
LIST measures = bolt, lamp
VAR house = ()
VAR trust = 0
-> opening
=== function raise(ref value, by)
~ value = MIN(value + by, 5)
=== opening
* [Teamster]
  ~ role = teamster
* [Student]
  ~ role = student
- -> ch_a
=== ch_a
A. # record: one
* [Help]
  ~ raise(trust, 1)
* [Bolt the door]
  ~ house += bolt
- (rest)
* [Rest]
  ~ raise(trust, 2)
* [Read]
- -> ch_b
=== ch_b
${chB}`;

const GOOD_B = `* [Go]
- B. # record: two
{house ? bolt: The bolt holds.}
-> END
`;

function run(chB: string, extra: Partial<SamplingOptions> = {}) {
  return sampleStory({
    json: compileFixture(STORY(chB)),
    chapters: [
      ['ch_a', 'one'],
      ['ch_b', 'two'],
    ],
    roles: ['teamster', 'student'],
    canonical: ['one', 'two'],
    opening: 'opening',
    segmentCap: 1000,
    entriesPerChapter: 5,
    walksPerStart: 30,
    walkSeed: 7,
    maxMs: 60_000,
    limits: FAST,
    ...extra,
  });
}

describe('the sampling verifier', () => {
  it('proves every segment of a good story and says what it proved and what it sampled', () => {
    const report = run(GOOD_B);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.segments.every((s) => s.proven)).toBe(true);
    expect(report.chapters.map((c) => c.chapter)).toEqual(['opening', 'ch_a', 'ch_b']);
    expect(report.walks.walks).toBe(30);
    expect(report.chapters.find((c) => c.chapter === 'ch_b')?.entriesSeen).toBeGreaterThan(1);
    expect(report.segments.length).toBeGreaterThan(5);
    expect(report.proven[0]).toContain(`${report.segments.length} of ${report.segments.length} chapter segments`);
    expect(report.sampled.join()).toMatch(/30 seeded random walks/);
  });

  it('treats a trust value raised through a function like any other variable (no abstraction)', () => {
    const report = run(GOOD_B);
    const chA = report.chapters.find((c) => c.chapter === 'ch_a');
    expect(chA?.reads).toContain('trust');
    expect(report.totals.merges).toBeGreaterThan(0);
  });

  it('finds a dead end behind a trust test through the entry states the walks bring', () => {
    const chB = `* [Go]
- B. # record: two
{trust >= 3: -> stuck}
-> END
= stuck
Too sure of yourself.
* {false} [Never] -> END
`;
    const report = run(chB);
    const failure = report.failures.find((f) => f.kind === 'dead_end');
    expect(failure?.replay).toMatch(/--choices/);
    expect(report.ok).toBe(false);
  });

  it('fails a chapter whose path skips a beat, with a replay command that reproduces it', () => {
    const report = run(`* [Go]
  B. # record: two
* [Slip away]
- -> END
`);
    const failure = report.failures.find((f) => f.kind === 'chronicle' && f.start.startsWith('ch_b from checkpoint'));
    expect(failure?.message).toMatch(/missing two/);
    expect(failure?.path).toEqual(['Slip away']);
    expect(failure?.replay).toMatch(
      /^node tools\/verify\/replay\.mjs --start ch_b --role (teamster|student) --choices 1$/,
    );
    const replay = replayPath(
      compileFixture(
        STORY(`* [Go]
  B. # record: two
* [Slip away]
- -> END
`),
      ),
      { knot: 'ch_b', role: 'teamster', choices: [1] },
    );
    expect(replay.beats).toEqual([]);
    expect(replay.end).toMatch(/^end/);
  });

  it('fails a dead end that only a state from an earlier chapter reaches', () => {
    const report = run(`* [Go]
- B. # record: two
{house ? bolt: -> stuck}
-> END
= stuck
The bolt jams.
* {false} [Never] -> END
`);
    const failure = report.failures.find((f) => f.kind === 'dead_end');
    expect(failure).toBeDefined();
    expect(failure?.replay).toMatch(/--choices/);
  });

  it('fails beats out of order inside a chapter', () => {
    const report = run(`* [Go]
- B. # record: one
-> END
`);
    expect(
      report.failures.some((f) => f.kind === 'chronicle' && /out of order|repeated one|missing two/.test(f.message)),
    ).toBe(true);
  });

  it('reports a segment that hits its state cap as sampled, never as proven', () => {
    const report = run(GOOD_B, { segmentCap: 1 });
    expect(report.segments.some((s) => !s.proven)).toBe(true);
    expect(report.sampled.join()).toMatch(/hit the cap of 1 states/);
  });

  it('walks the same paths for the same seed', () => {
    const a = run(GOOD_B);
    const b = run(GOOD_B);
    expect(a.walks.endings).toEqual(b.walks.endings);
    expect(a.walks.steps).toBe(b.walks.steps);
  });
});
