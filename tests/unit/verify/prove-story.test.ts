import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { Container } from 'inkjs/engine/Container';
import { describe, expect, it } from 'vitest';
import { proveStory, type ProofReport } from '../../../tools/verify/proof/prove-story.ts';

// Inline fixtures compiled with the real compiler, kept as runtime stories (with debug metadata: lines). Any
// compiler warning fails the fixture. Lines below are counted from the fixture's first line.
function prove(source: string): ProofReport {
  const problems: string[] = [];
  const options = new CompilerOptions(
    'fixture.ink',
    [],
    false,
    (message: string, type: number) => {
      if (type !== 0) problems.push(message);
    },
    { ResolveInkFilename: (name: string) => name, LoadInkFileContents: () => '' },
  );
  const story = new Compiler(source, options).Compile() as unknown as { mainContentContainer: Container };
  if (problems.length > 0) throw new Error(`fixture did not compile:\n${problems.join('\n')}`);
  return proveStory({
    story,
    canonical: ['one', 'two', 'three'],
    chapters: [
      ['ch_a', 'one'],
      ['ch_b', 'two'],
    ],
    roles: ['teamster', 'student'],
    roleVariable: 'role',
    roleList: 'roles',
    opening: 'opening',
    kiosk: null,
    storyDir: '/nonexistent',
    displayRoot: '/nonexistent',
  });
}

const HEAD = `LIST roles = teamster, student
VAR role = teamster
VAR trust = 0
VAR seen = 0
-> opening
=== function raise(ref value, by)
~ value = MIN(value + by, 5)
=== opening
* [Teamster]
  ~ role = teamster
* [Student]
  ~ role = student
- -> ch_a
`;

const GOOD_A = `=== ch_a
A. # record: one
- (hub)
* [Look] -> hub
* [Help]
  ~ raise(trust, 1)
  -> hub
+ [Go on]
- -> ch_b
`;

const GOOD_B = `=== ch_b
{role == student: You read.|You drive.}
* {trust > 2} [Thank them]
* [Leave]
- B. # record: two
-> tell ->
C. # record: three
-> END
=== tell
{trust > 1: They remember.}
->->
`;

/** 1-based line of the first line of `source` that contains `text`. */
function lineIn(source: string, text: string): number {
  return source.split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('the structural proof on inline stories', () => {
  it('proves a story whose every path passes the beats in order, for every role and every valuation', () => {
    const report = prove(HEAD + GOOD_A + GOOD_B);
    expect(report.failures).toEqual([]);
    expect(report.proven).toBe(5);
    expect(report.total).toBe(5);
    expect(report.roleRefinement.proven).toBe(true);
    expect(report.whole.endings).toBeGreaterThan(0);
  });

  it('fails a beat skipped behind a trust test and names the condition in the chain', () => {
    const source = HEAD + GOOD_A + GOOD_B.replace('- B. # record: two', '- {trust > 2:\n  B. # record: two\n  }');
    const report = prove(source);
    const f = report.failures.find((x) => x.kind === 'beat-out-of-order' && x.segment === 'ch_b/student');
    expect(f).toMatchObject({ beat: 'three', file: 'fixture.ink', line: lineIn(source, 'C. # record: three') });
    expect(f?.message).toContain('missing: two');
    expect(f?.decisive).toEqual([`fixture.ink:${lineIn(source, '{trust > 2:')} false: `]);
    expect(report.proven).toBe(3);
  });

  it('matches tunnel calls with their returns: a tunnel called twice passes its beat twice', () => {
    const b = GOOD_B.replace('C. # record: three\n', '-> third -> third ->\n').replace(
      '=== tell',
      '=== third\nC. # record: three\n->->\n=== tell',
    );
    const source = HEAD + GOOD_A + b;
    const f = prove(source).failures.find((x) => x.kind === 'beat-repeated' && x.segment === 'ch_b/teamster');
    expect(f).toMatchObject({ beat: 'three', file: 'fixture.ink', line: lineIn(source, 'C. # record: three') });
  });

  it('does not confuse two call sites of one tunnel (the summary returns each call to its own continuation)', () => {
    const b = GOOD_B.replace('-> tell ->\n', '-> tell ->\n-> tell ->\n');
    expect(prove(HEAD + GOOD_A + b).failures).toEqual([]);
  });

  it('uses the role only where the refinement is proven: a role assigned inside a chapter splits nothing', () => {
    const branchy = GOOD_B.replace(
      '{role == student: You read.|You drive.}',
      '{role == student: B0. # record: two}',
    ).replace('- B. # record: two', '-\n{role != student: B1. # record: two}');
    expect(prove(HEAD + GOOD_A + branchy).failures).toEqual([]);
    const changed = prove(HEAD + GOOD_A.replace('+ [Go on]', '+ [Go on]\n  ~ role = student') + branchy);
    expect(changed.roleRefinement.proven).toBe(false);
    expect(changed.roleRefinement.reason).toContain('fixture.ink:22');
    expect(changed.failures.some((f) => f.kind === 'beat-repeated' && f.beat === 'two')).toBe(true);
  });

  it('fails a choice point whose only unconditional option is once-only on a loop', () => {
    const source = HEAD + GOOD_A.replace('+ [Go on]', '* [Go on] -> hub\n* {trust > 3} [Leave]') + GOOD_B;
    const report = prove(source);
    const f = report.failures.find((x) => x.kind === 'choice-may-be-empty' && x.segment === 'ch_a/student');
    expect(f).toMatchObject({ file: 'fixture.ink', line: lineIn(source, '[Leave]') });
  });

  it('accepts an unconditional once-only fallback that leaves the loop', () => {
    const a = GOOD_A.replace('+ [Go on]', '* -> ch_b');
    expect(prove(HEAD + a + GOOD_B).failures).toEqual([]);
  });

  it('fails a dead end, an ending before the last beat and an exit into the wrong chapter', () => {
    const dead = prove(HEAD + GOOD_A.replace('- -> ch_b', '- {seen > 0: -> ch_b}\nStuck.') + GOOD_B);
    expect(dead.failures.some((f) => f.kind === 'dead-end' && f.segment === 'ch_a/teamster')).toBe(true);
    const early = HEAD + GOOD_A.replace('- -> ch_b', '- {seen > 0: -> END}\n-> ch_b') + GOOD_B;
    const ended = prove(early).failures.filter((f) => f.kind === 'ending-incomplete' && f.segment === 'ch_a/student');
    expect(ended).toMatchObject([{ beat: 'two', line: lineIn(early, '{seen > 0: -> END}') }]);
    const skip = prove(HEAD.replace('- -> ch_a', '- -> ch_b') + GOOD_A + GOOD_B);
    const wrong = skip.failures.filter((f) => f.kind === 'wrong-exit' && f.segment === 'opening');
    expect(wrong).toMatchObject([{ line: 13 }]);
    expect(skip.failures.find((f) => f.segment === 'opening')?.message).toContain('ch_a');
  });

  it('fails a loop that takes no once-only choice, even with a condition that would end it', () => {
    const report = prove(HEAD + GOOD_A.replace('+ [Go on]', '+ [Go on]\n  ~ seen++\n  {seen < 3: -> hub}') + GOOD_B);
    expect(report.global.length).toBe(1);
    expect(report.proven).toBe(0);
  });

  it('refuses what it does not model: a thread', () => {
    const threaded = GOOD_A.replace('A. # record: one', 'A. # record: one\n<- aside');
    const report = prove(HEAD + threaded + GOOD_B + '=== aside\nAside.\n-> DONE\n');
    expect(report.failures.some((f) => f.kind === 'unsupported' && f.message.includes('thread'))).toBe(true);
  });
});
