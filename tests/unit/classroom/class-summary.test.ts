import { describe, expect, it } from 'vitest';
import { encodeResult, type ClassResult } from '../../../src/core/classroom/class-result.ts';
import { findResultCodes, summariseClass } from '../../../src/core/classroom/class-summary.ts';
import { checksum, toBase32 } from '../../../src/core/codes/base32.ts';
import { BitWriter } from '../../../src/core/codes/bit-fields.ts';

function result(overrides: Partial<ClassResult>): ClassResult {
  return {
    role: 'teamster',
    chapters: ['ch3_aftermath'],
    views: { entry: null, harte: null },
    attempts: [],
    proposals: [],
    tag: 1,
    initials: '',
    ...overrides,
  };
}

const A = encodeResult(
  result({ role: 'student', views: { entry: null, harte: 'harte_victim' }, attempts: ['chase_raiders'], tag: 10 }),
);
const B = encodeResult(result({ role: 'student', views: { entry: null, harte: 'harte_unsure' }, tag: 11 }));
const C = encodeResult(
  result({
    role: 'mexican',
    chapters: ['ch2_raid', 'ch3_aftermath'],
    views: { entry: 'entry_known_face', harte: 'harte_unsure' },
    proposals: ['night_rota'],
    tag: 12,
  }),
);

describe('the class summary', () => {
  it('counts roles, chapters, views, attempts and proposals over the students', () => {
    const s = summariseClass([
      `${A}\n${B}`,
      `Avenida Viena, 1940: class result\n\n${C}\n\nRole: The Mexican comrade\n`,
    ]);
    expect(s.students).toBe(3);
    expect(s.roles).toEqual({ teamster: 0, student: 2, mexican: 1 });
    expect(s.chapters['ch3_aftermath']).toBe(3);
    expect(s.chapters['ch2_raid']).toBe(1);
    expect(s.chapters['ch1_arrival']).toBe(0);
    expect(s.views.harte).toEqual({ harte_victim: 1, harte_deceived: 0, harte_agent: 0, harte_unsure: 2, none: 0 });
    expect(s.views.entry).toEqual({
      entry_known_face: 1,
      entry_ladders: 0,
      entry_overwhelmed: 0,
      entry_unsure: 0,
      none: 2,
    });
    expect(s.attempts['chase_raiders']).toBe(1);
    expect(s.attempts['search_jacson']).toBe(0);
    expect(s.proposals['night_rota']).toBe(1);
    expect(s.duplicates).toBe(0);
    expect(s.rejected).toEqual([]);
  });

  it('counts a code given twice twice (matching games can share one) and reports it', () => {
    const twin = encodeResult(
      result({ role: 'student', views: { entry: null, harte: 'harte_victim' }, attempts: ['chase_raiders'], tag: 99 }),
    );
    const s = summariseClass([A, A, twin]);
    expect(s.students).toBe(3);
    expect(s.duplicates).toBe(1);
    expect(s.repeated).toEqual([{ code: A, label: '#010', times: 2 }]);
    expect(s.roles['student']).toBe(3);
  });

  it('reports codes it cannot read, without losing the good ones on the next line', () => {
    const broken = `${A.slice(0, -1)}${A.endsWith('Q') ? 'R' : 'Q'}`;
    const s = summariseClass([`${broken}\nAVC-12\n${B}`]);
    expect(s.students).toBe(1);
    expect(s.rejected.map((r) => r.text)).toEqual([broken, 'AVC-12']);
    expect(s.rejected[0]?.problem).toBe('typing-mistake');
    expect(s.rejected[1]?.problem).toBe('not-a-code');
  });

  it('finds codes in any text and returns an empty class for none', () => {
    expect(findResultCodes(`first ${A} then ${B.toLowerCase()}.`)).toEqual([A, B.toLowerCase()]);
    expect(summariseClass(['no codes here', '']).students).toBe(0);
  });
});

describe('the class summary and the initials in the codes', () => {
  it('lists each result by initials and tag, and shows who handed in twice', () => {
    const ana = encodeResult(result({ initials: 'AM', tag: 5 }));
    const ben = encodeResult(result({ initials: 'BR', tag: 5 }));
    const s = summariseClass([`${ana}\n${ben}\n${ana}`]);
    expect(s.students).toBe(3);
    expect(s.handedIn).toEqual([
      { label: 'AM #005', times: 2 },
      { label: 'BR #005', times: 1 },
    ]);
    expect(s.repeated).toEqual([{ code: ana, label: 'AM #005', times: 2 }]);
  });

  it('reads a code from the previous version followed by a short word, and a new code followed by one', () => {
    const fields = new BitWriter().put(1, 4).put(0, 2).put(4, 8).put(0, 3).put(0, 3).put(0, 8).put(0, 6).put(9, 9);
    const body = toBase32(fields.value, 10);
    const old = `AVC-${body.slice(0, 5)}-${body.slice(5)}-${checksum(body)}`;
    const s = summariseClass([`${old} and ${A} and ${old}`]);
    expect(s.rejected).toEqual([]);
    expect(s.students).toBe(3);
    expect(s.handedIn.map((h) => h.label)).toEqual(['#009', '#010']);
  });
});
