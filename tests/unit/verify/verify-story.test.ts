import { describe, expect, it } from 'vitest';
import { verifyStory, type VerifyOptions, type VerifyReport } from '../../../tools/verify/verify-story.ts';
import { compileFixture } from './compile-fixture.ts';

const FAST = { sliceMs: 5, lineBudgetMs: 1_000, maxLinesPerStep: 200 };

function verify(ink: string, expected: string[], extra: Partial<VerifyOptions> = {}): VerifyReport {
  return verifyStory({ json: compileFixture(ink), starts: [{ id: 'start', expected }], limits: FAST, ...extra });
}

const kinds = (report: VerifyReport): string[] => report.failures.map((f) => f.kind);

const GOOD = `
VAR courage = 0
-> gate
=== gate
Night at the gate. # record: one
* [Check the bolt]
  ~ courage++
* [Light a cigarette]
- Dawn comes.
* [Walk the wall] -> yard
* [Stay put] -> yard
=== yard
{courage > 0: You feel ready.|You feel tired.}
Morning. # record: two
-> END
`;

describe('the convergence verifier', () => {
  it('passes a story whose every path ends with the expected chronicle and covers all of it', () => {
    const report = verify(GOOD, ['one', 'two']);
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.starts[0]?.paths).toBe(4);
    expect(report.coverage.choicePoints).toBe(4);
    expect(report.coverage.unreachable).toEqual([]);
  });

  it('catches a dead end where a branch offers no choice and no ending', () => {
    const report = verify(
      `
-> a
=== a
Start. # record: one
* [Go on] -> b
* [Wander] -> c
=== b
Fine. # record: two
-> END
=== c
You wander.
* {false} [Never] -> b
`,
      ['one', 'two'],
    );
    expect(kinds(report)).toContain('dead_end');
    expect(report.failures.find((f) => f.kind === 'dead_end')?.path).toEqual(['Wander']);
  });

  it('catches a path that misses a record beat', () => {
    const report = verify(
      `
-> a
=== a
* [Left] Left. # record: one
* [Right] Right.
- Then. # record: two
-> END
`,
      ['one', 'two'],
    );
    const failure = report.failures.find((f) => f.kind === 'chronicle');
    expect(failure?.message).toMatch(/missing one/);
    expect(failure?.path).toEqual(['Right']);
  });

  it('catches beats out of order on one path', () => {
    const report = verify(
      `
-> a
=== a
* [Usual] First. # record: one
  Then. # record: two
* [Odd] Then. # record: two
  First. # record: one
- -> END
`,
      ['one', 'two'],
    );
    expect(report.failures.map((f) => f.message).join()).toMatch(/out of order/);
    expect(report.failures.find((f) => f.kind === 'chronicle')?.path).toEqual(['Odd']);
  });

  it('catches a beat that a path passes twice', () => {
    const report = verify(
      `
-> a
=== a
First. # record: one
* [Again] Once more. # record: one
* [On]
- Last. # record: two
-> END
`,
      ['one', 'two'],
    );
    expect(report.failures.map((f) => f.message).join()).toMatch(/repeated one/);
  });

  it('catches an infinite loop inside one step and names the choice that leads to it', () => {
    const report = verify(
      `
-> a
=== a
Start. # record: one
* [Safe] -> fin
* [Spin] -> spin
=== spin
- (round)
~ temp x = 1
-> round
=== fin
End. # record: two
-> END
`,
      ['one', 'two'],
    );
    const hang = report.failures.find((f) => f.kind === 'hang');
    expect(hang?.path).toEqual(['Spin']);
  });

  it('catches a loop that keeps printing without ever offering a choice', () => {
    const report = verify(
      `
-> a
=== a
Start. # record: one
* [Chant] -> chant
* [Stop] -> fin
=== chant
- (again) Again.
-> again
=== fin
End. # record: two
-> END
`,
      ['one', 'two'],
    );
    expect(report.failures.find((f) => f.kind === 'hang')?.path).toEqual(['Chant']);
  });

  it('catches an ink runtime error on one branch', () => {
    const report = verify(
      `
VAR word = "bolt"
-> a
=== a
Start. # record: one
* [Fine] -> fin
* [Broken]
  ~ temp broken = word - 1
  {broken}
  -> fin
=== fin
End. # record: two
-> END
`,
      ['one', 'two'],
    );
    expect(kinds(report)).toContain('error');
    expect(report.failures.find((f) => f.kind === 'error')?.path).toEqual(['Broken']);
  });

  it('reports a knot that no path reaches', () => {
    const report = verify(
      `
-> a
=== a
Start. # record: one
Fin. # record: two
-> END
=== forgotten
Nobody reads this.
-> END
`,
      ['one', 'two'],
    );
    expect(report.coverage.unreachable).toEqual(['forgotten']);
    expect(kinds(report)).toEqual(['unreachable']);
  });

  it('reports a choice that can never be offered', () => {
    const report = verify(
      `
VAR brave = false
-> a
=== a
Start. # record: one
* [Wait]
* {brave} [Charge]
- Fin. # record: two
-> END
`,
      ['one', 'two'],
    );
    expect(kinds(report)).toEqual(['untaken_choice']);
    expect(report.coverage.untakenChoices[0]).toMatch(/never offered/);
  });

  it('reports a loop of choices with no way out', () => {
    const report = verify(
      `
-> a
=== a
Start. # record: one
- (waiting)
+ [Wait] -> waiting
`,
      ['one'],
    );
    expect(kinds(report)).toContain('trap');
  });

  it('reports a loop of choices that passes a record beat again', () => {
    const report = verify(
      `
-> a
=== a
- (top) The bell. # record: one
+ [Ring again] -> top
+ [Leave] -> END
`,
      ['one'],
    );
    expect(kinds(report)).toEqual(['beat_in_loop']);
  });
});
