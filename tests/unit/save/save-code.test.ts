import { describe, expect, it } from 'vitest';
import { carryOf, decodeSaveCode, encodeSaveCode, type CodeState } from '../../../src/core/save/save-code.ts';

const STATE: CodeState = {
  checkpoint: 'ch4_fortress',
  role: 'mexican',
  trust: { trust_lt: 3, trust_natalia: 5, trust_seva: 0, trust_guards: 2, trust_police: 1 },
  measures: ['alarm_tested', 'two_guard_gate', 'redoubt'],
  known: ['k_sedov', 'k_comintern_press'],
  telling: 'full',
};

describe('save codes', () => {
  it('round-trip a chapter, a role and the carried variables', () => {
    const code = encodeSaveCode(STATE);
    expect(code).toMatch(/^AV-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{2}$/);
    expect(decodeSaveCode(code)).toEqual({ ok: true, state: STATE });
  });

  it("carry the classroom's cut, and read a code made before the cut as the full telling", () => {
    const cut = encodeSaveCode({ ...STATE, telling: 'cut' });
    expect(decodeSaveCode(cut)).toEqual({ ok: true, state: { ...STATE, telling: 'cut' } });
    expect(cut).not.toBe(encodeSaveCode(STATE));
    // STATE's code as the game gave it before the telling bit existed (commit f99efff).
    expect(decodeSaveCode('AV-10M0H-51BHH-ST')).toEqual({ ok: true, state: STATE });
  });

  it('forgive lower case, spaces and the letters O, I and L typed for digits', () => {
    const code = encodeSaveCode(STATE);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeSaveCode(sloppy)).toEqual({ ok: true, state: STATE });
  });

  it('catch every single-character typo', () => {
    const code = encodeSaveCode(STATE).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0;
    let tried = 0;
    for (let i = 2; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        tried++;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        if (!decodeSaveCode(typo).ok) caught++;
      }
    }
    expect(caught).toBe(tried);
  });

  it('refuse text that is not a code with a problem code the interface words, never an English sentence', () => {
    const problems = ['', 'hello', 'AV-123', '<script>', 'x'.repeat(500)].map((bad) => {
      const decoded = decodeSaveCode(bad);
      return decoded.ok ? 'accepted' : decoded.problem;
    });
    expect(problems).toEqual(['not-a-code', 'not-a-code', 'not-a-code', 'not-a-code', 'too-long']);
    const code = encodeSaveCode(STATE);
    const typo = `${code.slice(0, 3)}${code[3] === 'A' ? 'B' : 'A'}${code.slice(4)}`;
    expect(decodeSaveCode(typo)).toEqual({ ok: false, problem: 'typing-mistake' });
  });

  it('turn a code into variables for a chapter start', () => {
    const carry = carryOf(STATE);
    expect(carry.numbers['trust_natalia']).toBe(5);
    expect(carry.lists['house']).toEqual({ list: 'measures', items: ['alarm_tested', 'two_guard_gate', 'redoubt'] });
    expect(carry.lists['known']).toEqual({ list: 'knowledge', items: ['k_sedov', 'k_comintern_press'] });
  });
});
