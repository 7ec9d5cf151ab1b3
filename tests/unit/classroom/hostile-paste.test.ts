import { describe, expect, it } from 'vitest';
import { encodeResult, type ClassResult } from '../../../src/core/classroom/class-result.ts';
import { MAX_CLASS_TEXT, summariseClass } from '../../../src/core/classroom/class-summary.ts';
import { normalisePasted } from '../../../src/core/classroom/normalise-pasted.ts';

// What teachers paste comes from e-mail, word processors, chat apps and PDFs: the codes arrive with non-breaking
// spaces, typographic dashes, invisible characters and letters from other alphabets that look the same. None may be
// dropped without a word.

const base: ClassResult = {
  role: 'student',
  chapters: ['ch3_aftermath'],
  views: { entry: null, harte: 'harte_victim' },
  attempts: [],
  proposals: [],
  tag: 7,
  initials: '',
};
const CODE = encodeResult(base); // AVC-XXXXX-XXXXX-XXX-CC

/** The same code as a word processor or another keyboard might give it. */
const disguises: [string, string][] = [
  ['non-breaking spaces for dashes', CODE.replaceAll('-', '\u00a0')],
  ['en dashes', CODE.replaceAll('-', '\u2013')],
  ['em dashes and a minus sign', CODE.replace('-', '\u2014').replace('-', '\u2212')],
  ['zero-width spaces inside', CODE.split('').join('\u200b')],
  ['a byte-order mark and a soft hyphen', `\ufeff${CODE.slice(0, 6)}\u00ad${CODE.slice(6)}`],
  ['Cyrillic look-alike letters', CODE.replace('A', '\u0410').replace('C', '\u0421')],
  ['Greek look-alike letters', CODE.replace('A', '\u0391').replace('V', 'V')],
  ['full-width characters', Array.from(CODE, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')],
  ['ideographic spaces', CODE.replaceAll('-', '\u3000')],
];

describe('the class view and what people paste', () => {
  for (const [what, text] of disguises) {
    it(`reads a code written with ${what}`, () => {
      const s = summariseClass([`Result: ${text}\n`]);
      expect(s.students, JSON.stringify(text)).toBe(1);
      expect(s.rejected).toEqual([]);
    });
  }

  it('normalises to the plain characters a code is made of', () => {
    expect(normalisePasted('\u0410\u0412\u0421\u2013x\u00a0y\u200bz')).toBe('ABC-x yz');
  });

  it('lists every line that mentions a code but holds none it can read, with a reason', () => {
    const s = summariseClass([`${CODE}\nAVC-12\nmy code is avc 3\n${CODE.slice(0, 10)}\nno code on this line\n`]);
    expect(s.students).toBe(1);
    expect(s.rejected.map((r) => r.text)).toEqual(['AVC-12', 'my code is avc 3', CODE.slice(0, 10)]);
    expect(s.rejected.map((r) => r.problem)).toEqual(['not-a-code', 'not-a-code', 'not-a-code']);
  });

  it('counts 12,000 pasted codes, not the first 10,526', () => {
    const codes = Array.from({ length: 12_000 }, (_, i) =>
      encodeResult({ ...base, tag: i % 512, chapters: i % 2 ? ['ch1_arrival'] : ['ch2_raid'] }),
    );
    const s = summariseClass([codes.join('\n')]);
    expect(s.students).toBe(12_000);
    expect(s.cut).toBe(0);
  });

  it('says how much it left unread when a text is beyond any class (never a silent cut)', () => {
    const s = summariseClass([`${CODE}\n${'x'.repeat(MAX_CLASS_TEXT)}`]);
    expect(s.students).toBe(1);
    expect(s.cut).toBe(CODE.length + 1);
  });

  it('never merges students on the code alone: 30 identical results are 30 students, the repeat flagged', () => {
    const s = summariseClass([Array.from({ length: 30 }, () => CODE).join('\n')]);
    expect(s.students).toBe(30);
    expect(s.repeated).toEqual([{ code: CODE, label: '#007', times: 30 }]);
  });
});
