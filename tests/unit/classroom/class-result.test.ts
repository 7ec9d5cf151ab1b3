import { describe, expect, it } from 'vitest';
import disputes from '../../../story/record/disputes.json';
import measures from '../../../story/record/measures.json';
import pushbacks from '../../../story/record/pushbacks.json';
import roles from '../../../story/record/roles.json';
import {
  decodeResult,
  encodeResult,
  RESULT_CHAPTERS,
  RESULT_DISPUTES,
  RESULT_PROPOSALS,
  RESULT_PUSHBACKS,
  RESULT_ROLES,
  resultFromGame,
  normaliseInitials,
  resultLabel,
  type ClassResult,
} from '../../../src/core/classroom/class-result.ts';
import { checksum, toBase32 } from '../../../src/core/codes/base32.ts';
import { BitWriter } from '../../../src/core/codes/bit-fields.ts';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { CODE_CHAPTERS } from '../../../src/core/save/save-code.ts';

const SAMPLE: ClassResult = {
  role: 'student',
  chapters: ['ch2_raid', 'ch3_aftermath'],
  views: { entry: 'entry_ladders', harte: 'harte_unsure' },
  attempts: ['guard_gate_may23', 'chase_raiders'],
  proposals: ['night_rota'],
  tag: 300,
  initials: 'AB',
};

describe('the class result code', () => {
  it('round-trips a result exactly', () => {
    const code = encodeResult(SAMPLE);
    expect(code).toMatch(/^AVC-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{3}-[0-9A-Z]{2}$/);
    const decoded = decodeResult(code);
    expect(decoded).toEqual({ ok: true, result: SAMPLE, code });
  });

  it('round-trips every role, every view and the extremes of every field', () => {
    for (const role of RESULT_ROLES) {
      for (let v = 0; v < 4; v++) {
        const result: ClassResult = {
          role,
          chapters: [...RESULT_CHAPTERS],
          views: {
            entry: RESULT_DISPUTES.entry[v] ?? null,
            harte: v === 0 ? null : (RESULT_DISPUTES.harte[v] ?? null),
          },
          attempts: [...RESULT_PUSHBACKS],
          proposals: [...RESULT_PROPOSALS],
          tag: v === 0 ? 0 : 511,
          initials: ['', 'Z', 'ZZ', 'ABC'][v] ?? '',
        };
        const decoded = decodeResult(encodeResult(result));
        expect(decoded.ok && decoded.result).toEqual(result);
      }
    }
  });

  it('reads codes typed in lower case, with spaces, O for zero and I or L for one', () => {
    const code = encodeResult(SAMPLE);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeResult(sloppy)).toEqual({ ok: true, result: SAMPLE, code });
  });

  it('rejects a code with any one character changed', () => {
    const code = encodeResult(SAMPLE);
    const body = code.replace(/^AVC-/, '');
    let rejected = 0;
    let tried = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '-') continue;
      const other = body[i] === 'Q' ? 'R' : 'Q';
      tried++;
      if (!decodeResult(`AVC-${body.slice(0, i)}${other}${body.slice(i + 1)}`).ok) rejected++;
    }
    expect(tried).toBe(15);
    expect(rejected).toBe(tried);
  });

  it('rejects save codes, empty input and very long input with a problem code', () => {
    const problems = ['AV-7K2M9-Q4XZ0-R8', '', 'AVC-'.padEnd(200, '1')].map((input) => {
      const decoded = decodeResult(input);
      return decoded.ok ? 'accepted' : decoded.problem;
    });
    expect(problems).toEqual(['not-a-code', 'not-a-code', 'too-long']);
  });

  it('takes the latest view per dispute, the chapters reached and the proposals in place from the game state', () => {
    const game = {
      ...INITIAL_GAME,
      role: 'mexican',
      views: ['entry_ladders', 'harte_agent', 'entry_unsure'],
      checkpointsReached: ['ch3_aftermath', 'ch2_raid'],
      pushbacks: [{ id: 'search_jacson', turn: 3, checkpoint: 'ch5_rehearsal' }],
      measures: ['steel_doors', 'visitor_log'],
    };
    const result = resultFromGame(game, 17.8);
    expect(result).toEqual({
      role: 'mexican',
      chapters: ['ch2_raid', 'ch3_aftermath'],
      views: { entry: 'entry_unsure', harte: 'harte_agent' },
      attempts: ['search_jacson'],
      proposals: ['visitor_log'],
      tag: 17,
      initials: '',
    });
    expect(resultFromGame(game, 17, ' m.j. ').initials).toBe('MJ');
  });

  it('speaks the same vocabulary as the story and the record', () => {
    expect([...RESULT_CHAPTERS]).toEqual([...CODE_CHAPTERS]);
    expect([...RESULT_ROLES].sort()).toEqual(roles.map((r) => r.id).sort());
    for (const [id, views] of Object.entries(RESULT_DISPUTES)) {
      expect([...views]).toEqual(disputes.find((d) => d.id === id)?.views.map((v) => v.id));
    }
    const disputesWithViews = disputes.filter((d) => d.views.length > 0).map((d) => d.id);
    expect(disputesWithViews.sort()).toEqual(Object.keys(RESULT_DISPUTES).sort());
    expect([...RESULT_PUSHBACKS].sort()).toEqual(pushbacks.map((p) => p.id).sort());
    expect([...RESULT_PROPOSALS]).toEqual(measures.measures.filter((m) => m.kind === 'proposal').map((m) => m.id));
  });
});

/** A code as the previous version (1) of the game wrote it: no initials, ten characters and the check. */
function versionOneCode(version: number, tag: number): string {
  // Version 4, role 1 (student), chapters 00000100 (ch3_aftermath), no views, no attempts or proposals, tag.
  const fields = new BitWriter()
    .put(version, 4)
    .put(1, 2)
    .put(4, 8)
    .put(0, 3)
    .put(0, 3)
    .put(0, 8)
    .put(0, 6)
    .put(tag, 9);
  const body = toBase32(fields.value, 10);
  return `AVC-${body.slice(0, 5)}-${body.slice(5)}-${checksum(body)}`;
}

describe('the initials in the class result code', () => {
  it('keeps letters only, drops accents, upper-cases and keeps at most three', () => {
    expect(['ana', 'Á.Ñ.', 'j-p m', 'ÉMILE ZOLA', '42', '😀x'].map(normaliseInitials)).toEqual([
      'ANA',
      'AN',
      'JPM',
      'EMI',
      '',
      'X',
    ]);
  });

  it('gives two students with the same game and tag two different codes when their initials differ', () => {
    const a = encodeResult({ ...SAMPLE, initials: 'AB' });
    const b = encodeResult({ ...SAMPLE, initials: 'AC' });
    expect(a).not.toBe(b);
    expect(decodeResult(b)).toEqual({ ok: true, result: { ...SAMPLE, initials: 'AC' }, code: b });
  });

  it('still reads a code from the previous version, with no initials', () => {
    const old = versionOneCode(1, 42);
    expect(old).toMatch(/^AVC-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{2}$/);
    const decoded = decodeResult(old);
    expect(decoded.ok && decoded.result).toEqual({
      role: 'student',
      chapters: ['ch3_aftermath'],
      views: { entry: null, harte: null },
      attempts: [],
      proposals: [],
      tag: 42,
      initials: '',
    });
  });

  it('refuses a short code that says version 2, and a code from a version it does not know, as other-version', () => {
    const problems = [versionOneCode(2, 1), versionOneCode(3, 1)].map((c) => {
      const decoded = decodeResult(c);
      return decoded.ok ? 'accepted' : decoded.problem;
    });
    expect(problems).toEqual(['other-version', 'other-version']);
  });

  it('refuses initials that are not letters or have a gap, as not this game', () => {
    const code = encodeResult({ ...SAMPLE, initials: '' }).replace(/-/g, '');
    const main = code.slice(3, 13);
    const problems = [27 * 1, 0 + 1 * 32].map((initials) => {
      const body = main + toBase32(initials, 3);
      const decoded = decodeResult(`AVC${body}${checksum(body)}`);
      return decoded.ok ? 'accepted' : decoded.problem;
    });
    expect(problems).toEqual(['not-this-game', 'not-this-game']);
  });

  it('labels a result by initials and a three-digit tag for the teacher', () => {
    expect(resultLabel({ initials: 'MJ', tag: 7 })).toBe('MJ #007');
    expect(resultLabel({ initials: '', tag: 300 })).toBe('#300');
  });
});
