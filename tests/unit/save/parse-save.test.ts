import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { parseSave, MAX_SAVE_CHARS } from '../../../src/core/save/parse-save.ts';
import { makeSave } from '../../../src/core/save/save-game.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';

const HASH = 'abcdef0123456789';

function validSave() {
  return makeSave({
    storyHash: HASH,
    lang: 'en',
    name: 'Before the raid',
    now: new Date('2026-11-26T10:00:00Z'),
    snapshot: {
      ink: JSON.stringify({ flows: {}, variablesState: {} }),
      stage: { ...INITIAL_STAGE, scene: 'gate', music: 'dread', measures: ['towers'] },
      game: {
        ...INITIAL_GAME,
        role: 'student',
        checkpoint: 'ch2_raid',
        chronicle: [{ beat: 'raid_1940_05_24', turn: 3, checkpoint: 'ch2_raid' }],
      },
      transcript: [
        { kind: 'line', text: 'The gate is barred.', record: null, classes: [] },
        { kind: 'choice', text: 'Wait' },
      ],
    },
  });
}

/** A small deterministic generator, so a failing fuzz case can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

describe('parseSave', () => {
  it('reads a save it wrote and says whether it is the same story edition', () => {
    const text = JSON.stringify(validSave());
    const same = parseSave(text, HASH);
    expect(same.ok && same.sameEdition).toBe(true);
    if (same.ok) expect(same.save).toEqual(validSave());
    const other = parseSave(text, 'ffffffffffffffff');
    expect(other.ok && !other.sameEdition).toBe(true);
  });

  it('keeps the classroom cut, and reads a save made before the cut existed as the full telling', () => {
    const save = validSave();
    const cut = { ...save, snapshot: { ...save.snapshot, game: { ...save.snapshot.game, telling: 'cut' } } };
    const read = parseSave(JSON.stringify(cut), HASH);
    expect(read.ok && read.save.snapshot.game.telling).toBe('cut');
    const { telling: _dropped, ...before } = save.snapshot.game;
    const old = parseSave(JSON.stringify({ ...save, snapshot: { ...save.snapshot, game: before } }), HASH);
    expect(old.ok && old.save.snapshot.game.telling).toBe('full');
  });

  it('refuses truncated JSON, another game, a newer format and wrong types, each with its own reason', () => {
    const text = JSON.stringify(validSave());
    expect(parseSave(text.slice(0, text.length / 2), HASH)).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseSave(JSON.stringify({ saveVersion: 2, player: { hp: 10 } }), HASH)).toMatchObject({
      ok: false,
      reason: 'not-ours',
    });
    expect(parseSave(JSON.stringify({ ...validSave(), formatVersion: 99 }), HASH)).toMatchObject({
      ok: false,
      reason: 'newer-format',
    });
    expect(parseSave(JSON.stringify({ ...validSave(), role: 42 }), HASH)).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
    expect(parseSave(42, HASH)).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('refuses a huge file before parsing it', () => {
    expect(parseSave(' '.repeat(MAX_SAVE_CHARS + 1), HASH)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses markup or unknown ids where an id belongs', () => {
    const bad = validSave();
    const hostile = {
      ...bad,
      snapshot: { ...bad.snapshot, stage: { ...bad.snapshot.stage, scene: '<img src=x onerror=alert(1)>' } },
    };
    expect(parseSave(JSON.stringify(hostile), HASH)).toMatchObject({ ok: false, reason: 'damaged' });
    const longName = { ...bad, name: 'n'.repeat(10_000) };
    expect(parseSave(JSON.stringify(longName), HASH)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('never throws on thousands of random and mutated saves', () => {
    const next = random(1940);
    const base = JSON.stringify(validSave());
    const pieces = ['{', '}', '[', ']', '"', ':', ',', 'null', '1e999', '-1', 'true', '"__proto__"', '\\u0000', '""'];
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let text = base;
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * text.length);
        const roll = next();
        if (roll < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
        else if (roll < 0.8)
          text = text.slice(0, at) + (pieces[Math.floor(next() * pieces.length)] ?? '') + text.slice(at);
        else text = text.slice(0, at);
      }
      const result = parseSave(text, HASH);
      if (result.ok) accepted++;
      else expect(['not-json', 'not-ours', 'newer-format', 'damaged', 'too-large']).toContain(result.reason);
    }
    expect(accepted).toBeLessThan(3000);
  });
});
