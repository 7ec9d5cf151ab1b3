import { describe, expect, it } from 'vitest';
import type { ProofFailure } from '../../tools/verify/proof/beat-flow.ts';
import { lineOf, proveMutated } from './mutated-story.ts';

const RAID = 'About four in the morning. # record: raid_1940_05_24 # cite: pat';
const raidLine = lineOf('en', 'ch2_raid.ink', RAID);
const EXIT = '\n-> ch3_aftermath';
const SKIP_CH3 = { file: 'ch2_raid.ink', find: EXIT, replace: '\n-> ch4_fortress' };

function only(failures: readonly ProofFailure[], kind: ProofFailure['kind']): ProofFailure[] {
  return failures.filter((f) => f.kind === kind);
}

describe('the proof fails a mutated copy of the English story, naming the file, line and beat', () => {
  it('fails when a beat is skipped behind a condition on a carried variable, naming the condition', () => {
    const hidden = `{ trust_guards > 2:\n${RAID}\n}`;
    const report = proveMutated('en', [{ file: 'ch2_raid.ink', find: RAID, replace: hidden }]);
    expect(report.ok).toBe(false);
    const missing = only(report.failures, 'exit-incomplete').filter((f) => f.segment.startsWith('ch2_raid/'));
    expect(missing.length).toBeGreaterThan(0);
    const f = missing[0] as ProofFailure;
    expect(f.beat).toBe('raid_1940_05_24');
    expect(f.file).toBe('ch2_raid.ink');
    // The exit divert, two lines further down in the copy (the condition's braces take two lines).
    expect(f.line).toBe(lineOf('en', 'ch2_raid.ink', '-> ch3_aftermath') + 2);
    // The one condition where the path lost the beat: its other branch passes it.
    expect(f.decisive).toHaveLength(1);
    expect(f.decisive[0]).toMatch(new RegExp(`^ch2_raid\\.ink:${raidLine} false: .*trust_guards > 2`));
    expect(f.chain).toContain(f.decisive[0]);
    expect(report.whole.failures.map((w) => w.kind)).toContain('beat-out-of-order');
  });

  it('fails when a beat can be repeated in a loop', () => {
    const loop = `${RAID}\n* [Again] -> shooting\n* [On]\n-`;
    const report = proveMutated('en', [{ file: 'ch2_raid.ink', find: RAID, replace: loop }]);
    const repeated = only(report.failures, 'beat-repeated');
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated[0]).toMatchObject({ file: 'ch2_raid.ink', line: raidLine, beat: 'raid_1940_05_24' });
  });

  it('fails when two beats are swapped', () => {
    const enters = '# record: jacson_enters_1940_05_28';
    const harte = '# record: harte_found_1940_06_25';
    const report = proveMutated('en', [
      { file: 'ch3_aftermath.ink', find: enters, replace: '# record: SWAP_A' },
      { file: 'ch3_aftermath.ink', find: harte, replace: enters },
      { file: 'ch3_aftermath.ink', find: '# record: SWAP_A', replace: harte },
    ]);
    const swapped = only(report.failures, 'beat-out-of-order').filter((f) => f.segment.startsWith('ch3_aftermath/'));
    expect(swapped.length).toBeGreaterThan(0);
    const line = lineOf('en', 'ch3_aftermath.ink', enters);
    expect(swapped[0]).toMatchObject({ file: 'ch3_aftermath.ink', line, beat: 'harte_found_1940_06_25' });
  });

  it('fails when a chapter exit skips the next checkpoint', () => {
    const report = proveMutated('en', [SKIP_CH3]);
    const wrong = only(report.failures, 'wrong-exit').filter((f) => f.segment.startsWith('ch2_raid/'));
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong[0]).toMatchObject({ file: 'ch2_raid.ink', line: lineOf('en', 'ch2_raid.ink', '-> ch3_aftermath') });
    expect(wrong[0]?.message).toContain('ch4_fortress');
    expect(wrong[0]?.message).toContain('ch3_aftermath');
  });

  it('fails when a tunnel returns into a beat twice', () => {
    const report = proveMutated('en', [
      { file: 'ch2_raid.ink', find: RAID, replace: '-> raid_moment -> raid_moment ->' },
      { file: 'ch2_raid.ink', find: EXIT, replace: `${EXIT}\n\n=== raid_moment\n${RAID}\n->->` },
    ]);
    const repeated = only(report.failures, 'beat-repeated');
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated[0]).toMatchObject({ file: 'ch2_raid.ink', beat: 'raid_1940_05_24' });
    expect(repeated[0]?.line).toBe(lineOf('en', 'ch2_raid.ink', '-> ch3_aftermath') + 3);
  });

  it('fails when a choice point can offer nothing for some valuation', () => {
    const exit = '+ [Enough for the first day]';
    const guarded = '+ {letters_home > 0} [Enough for the first day]';
    const report = proveMutated('en', [{ file: 'ch1_arrival.ink', find: exit, replace: guarded }]);
    const empty = only(report.failures, 'choice-may-be-empty').filter((f) => f.segment.startsWith('ch1_arrival/'));
    expect(empty.length).toBeGreaterThan(0);
    expect(empty[0]).toMatchObject({ file: 'ch1_arrival.ink', line: lineOf('en', 'ch1_arrival.ink', exit) });
  });

  it('fails when a loop can be taken for ever without a once-only choice', () => {
    const exit = '+ [Enough for the first day]';
    const sticky = `+ [Look again] -> tour\n${exit}`;
    const report = proveMutated('en', [{ file: 'ch1_arrival.ink', find: exit, replace: sticky }]);
    const loops = only(report.failures, 'endless-loop');
    expect(loops.length).toBe(1);
    expect(loops[0]?.file).toBe('ch1_arrival.ink');
    expect(loops[0]?.chain).toContain(`ch1_arrival.ink:${lineOf('en', 'ch1_arrival.ink', exit)}`);
    expect(report.proven).toBe(0);
  });
});

describe('the proof fails a mutated copy of the Spanish story', () => {
  it('fails when a chapter exit skips the next checkpoint, naming the file and line', () => {
    const report = proveMutated('es', [SKIP_CH3]);
    const wrong = only(report.failures, 'wrong-exit').filter((f) => f.segment.startsWith('ch2_raid/'));
    expect(wrong.length).toBe(3);
    expect(wrong[0]).toMatchObject({ file: 'ch2_raid.ink', line: lineOf('es', 'ch2_raid.ink', '-> ch3_aftermath') });
  });
});
