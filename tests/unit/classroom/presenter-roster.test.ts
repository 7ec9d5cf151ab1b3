import { describe, expect, it } from 'vitest';
import { encodeResult, type ClassResult } from '../../../src/core/classroom/class-result.ts';
import {
  MAX_ROSTER,
  parseRoster,
  readResults,
  rosterInitials,
  rosterStatus,
} from '../../../src/core/classroom/presenter-roster.ts';

const result = (initials: string, chapters: string[], tag: number): ClassResult => ({
  role: 'student',
  chapters,
  views: { entry: null, harte: null },
  attempts: [],
  proposals: [],
  tag,
  initials,
});

describe('the presenter roster', () => {
  it('reads initials from what a teacher types, the way a student types them into a code', () => {
    expect(rosterInitials('AB')).toBe('AB');
    expect(rosterInitials('a.b.')).toBe('AB');
    expect(rosterInitials('Ana Beltrán')).toBe('AB');
    expect(rosterInitials('Ángel Núñez Ortiz')).toBe('ANO');
    expect(rosterInitials('José María de la Cruz')).toBe('JMD');
    expect(rosterInitials('Mo')).toBe('MO');
    expect(rosterInitials('123')).toBe('');
  });

  it('keeps one entry a line, without blanks or repeats, and no more than the limit', () => {
    expect(parseRoster(' Ana B.\n\nana b.\r\nCD\n')).toEqual(['Ana B.', 'CD']);
    const many = Array.from({ length: MAX_ROSTER + 10 }, (_, i) => `Student ${i}`).join('\n');
    expect(parseRoster(many)).toHaveLength(MAX_ROSTER);
  });

  it('reads each pasted code once, and skips text that is not a code', () => {
    const one = encodeResult(result('AB', ['ch2_raid'], 3));
    const two = encodeResult(result('CD', ['ch1_arrival'], 4));
    const read = readResults([`${one}\n${one}\nnot a code AVC-XYZ`, two]);
    expect(read.map((r) => r.initials)).toEqual(['AB', 'CD']);
  });

  it("says who has handed in the shown chapter, and lists results that match no one's initials", () => {
    const results = [result('AB', ['ch2_raid'], 1), result('CD', ['ch1_arrival'], 2), result('', ['ch2_raid'], 3)];
    const status = rosterStatus(['Ana Beltrán', 'Carlos Díaz', 'Eva'], results, 'ch2_raid');
    expect(status.rows.map((r) => [r.name, r.initials, r.finished])).toEqual([
      ['Ana Beltrán', 'AB', true],
      ['Carlos Díaz', 'CD', false],
      ['Eva', 'EVA', false],
    ]);
    expect(status.unmatched.map((r) => r.tag)).toEqual([3]);
    expect(rosterStatus(['CD'], results, null).rows[0]?.finished).toBe(true);
  });
});
