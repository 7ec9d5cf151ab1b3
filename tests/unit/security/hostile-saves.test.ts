import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { MAX_SAVE_CHARS, parseSave, type SaveRejection } from '../../../src/core/save/parse-save.ts';
import { makeSave } from '../../../src/core/save/save-game.ts';
import { createSaveSlots } from '../../../src/core/save/save-slots.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';
import type { StoragePort } from '../../../src/core/storage/storage-port.ts';
import { createLocalStorage } from '../../../src/adapters/storage/local-storage.ts';
import { createResilientStorage } from '../../../src/adapters/storage/resilient-storage.ts';
import { en } from '../../../src/ui/strings/en.ts';

const HASH = '0123456789abcdef';
const base = () =>
  makeSave({
    storyHash: HASH,
    lang: 'en',
    name: 'Before the raid',
    now: new Date('2026-11-26T10:00:00Z'),
    snapshot: {
      ink: JSON.stringify({ flows: {}, variablesState: {} }),
      stage: INITIAL_STAGE,
      game: { ...INITIAL_GAME, role: 'student', checkpoint: 'ch2_raid' },
      transcript: [{ kind: 'line', text: 'The gate is barred.', record: null, classes: [] }],
    },
  });
const json = (value: unknown) => JSON.stringify(value);
const withSnapshot = (patch: Record<string, unknown>) =>
  json({ ...base(), snapshot: { ...base().snapshot, ...patch } });

/** Each hostile file a player, a pupil or a prankster could import, and the reason it must be refused for. */
const REFUSED: readonly (readonly [string, unknown, SaveRejection])[] = [
  ['an empty file', '', 'not-json'],
  ['a file cut short', json(base()).slice(0, 200), 'not-json'],
  ['a file cut to one character', '{', 'not-json'],
  ['binary junk', '\u0000\u0001\u00ff\ufffd PNG', 'not-json'],
  ['a 50 MB file', 'x'.repeat(50 * 1024 * 1024), 'too-large'],
  ['a 50 MB save-shaped file', `{"format":"avenida-viena-save","pad":"${'a'.repeat(50 * 1024 * 1024)}"}`, 'too-large'],
  ['JSON nested a hundred thousand deep', '['.repeat(100_000) + ']'.repeat(100_000), 'not-ours'],
  [
    'another game\u2019s save',
    json({ version: 3, game: 'Some Other Game', player: { hp: 12, gold: 400 } }),
    'not-ours',
  ],
  [
    'an ink state file on its own',
    json({ flows: {}, currentFlowName: 'DEFAULT_FLOW', inkSaveVersion: 10 }),
    'not-ours',
  ],
  ['a JSON array', json([base()]), 'not-ours'],
  ['a JSON string', json(json(base())), 'not-ours'],
  ['null', 'null', 'not-ours'],
  ['a newer format', json({ ...base(), formatVersion: 2 }), 'newer-format'],
  ['format version as text', json({ ...base(), formatVersion: '1' }), 'damaged'],
  ['format version zero', json({ ...base(), formatVersion: 0 }), 'damaged'],
  ['a fractional format version', json({ ...base(), formatVersion: 1.5 }), 'damaged'],
  ['no snapshot', json({ ...base(), snapshot: undefined }), 'damaged'],
  ['a story hash with markup', json({ ...base(), storyHash: '<script>' }), 'damaged'],
  ['an unknown language', json({ ...base(), lang: 'xx' }), 'damaged'],
  ['a date that is not a date', json({ ...base(), savedAt: 'yesterday-ish' }), 'damaged'],
  ['a name of ten thousand characters', json({ ...base(), name: 'n'.repeat(10_000) }), 'damaged'],
  ['a name that is a number', json({ ...base(), name: 7 }), 'damaged'],
  ['a role with markup', json({ ...base(), role: '<img src=x onerror=alert(1)>' }), 'damaged'],
  ['a checkpoint path', json({ ...base(), checkpoint: '../../etc' }), 'damaged'],
  ['an ink state that is not JSON', withSnapshot({ ink: '{not json' }), 'damaged'],
  ['an ink state that is an array', withSnapshot({ ink: '[]' }), 'damaged'],
  ['an unknown scene', withSnapshot({ stage: { ...INITIAL_STAGE, scene: 'moon' } }), 'damaged'],
  ['trust as text', withSnapshot({ game: { ...INITIAL_GAME, trust: { trust_lt: '100' } } }), 'damaged'],
  ['trust out of range', withSnapshot({ game: { ...INITIAL_GAME, trust: { trust_lt: 1e9 } } }), 'damaged'],
  ['a negative turn', withSnapshot({ game: { ...INITIAL_GAME, turn: -1 } }), 'damaged'],
  [
    'a chronicle of a million entries',
    withSnapshot({ game: { ...INITIAL_GAME, chronicle: Array(600).fill({ beat: 'x', turn: 1 }) } }),
    'damaged',
  ],
  [
    'a transcript entry of an unknown kind',
    withSnapshot({ transcript: [{ kind: 'script', text: 'alert(1)' }] }),
    'damaged',
  ],
  ['a transcript line too long', withSnapshot({ transcript: [{ kind: 'line', text: 'x'.repeat(5_000) }] }), 'damaged'],
  ['not text at all', { format: 'avenida-viena-save' }, 'not-json'],
];

describe('importing a hostile save file', () => {
  it.each(REFUSED.map(([label, text, reason]) => [label, text, reason] as const))(
    'refuses %s (%#) with a plain reason, without throwing',
    (_label, text, reason) => {
      const result = parseSave(text, HASH);
      expect(result).toMatchObject({ ok: false, reason });
      if (!result.ok) {
        expect(result.detail.length).toBeLessThan(200);
        expect(en.saves.rejected[result.reason]).toMatch(/Nothing was changed\.$/);
      }
    },
  );

  it('accepts a save from another edition of the story, flagged so it restarts at its chapter instead of loading blindly', () => {
    const result = parseSave(json(base()), 'ffffffffffffffff');
    expect(result.ok && result.sameEdition).toBe(false);
    expect(result.ok).toBe(true);
  });

  it('keeps a name with markup as the characters written (it is shown as text) and pollutes nothing', () => {
    const hostile = JSON.parse(json({ ...base(), name: '<img src=x onerror=alert(1)>' })) as Record<string, unknown>;
    const text = json(hostile).replace(
      '"format"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"',
    );
    const result = parseSave(text, HASH);
    expect(result.ok && result.save.name).toBe('<img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.ok && Object.keys(result.save)).not.toContain('__proto__');
  });

  it('sizes the limit far above any real save and far below 50 MB', () => {
    expect(json(base()).length).toBeLessThan(MAX_SAVE_CHARS / 100);
    expect(MAX_SAVE_CHARS).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('saves over storage that misbehaves', () => {
  const hostileValues = (value: string): StoragePort => ({
    kind: 'device',
    read: () => value,
    write: () => true,
    remove: () => undefined,
    keys: () => ['save:slot1'],
  });
  const slotsOver = (storage: StoragePort) =>
    createSaveSlots({
      storage,
      storyHash: HASH,
      lang: 'en',
      now: () => new Date('2026-11-26T10:00:00Z'),
      nameFor: () => 'Test',
    });

  /** A Web Storage whose every call throws, as in some private modes and locked-down school profiles. */
  const throwingStore = (allow: (key: string) => boolean = () => false): Storage => {
    const values = new Map<string, string>();
    const deny = (): never => {
      throw new DOMException('denied', 'SecurityError');
    };
    return {
      get length() {
        return values.size;
      },
      key: (i: number) => [...values.keys()][i] ?? null,
      getItem: (key: string) => (allow(key) ? (values.get(key) ?? null) : deny()),
      setItem: (key: string, value: string) => {
        if (!allow(key)) throw new DOMException('full', 'QuotaExceededError');
        values.set(key, value);
      },
      removeItem: (key: string) => {
        if (allow(key)) values.delete(key);
        else deny();
      },
      clear: () => values.clear(),
    };
  };

  it('reads a stored slot holding junk, markup or another game as an unusable save, never an exception', () => {
    for (const junk of ['{', '<img src=x onerror=alert(1)>', json({ game: 'other' }), 'x'.repeat(MAX_SAVE_CHARS + 1)]) {
      const entry = slotsOver(hostileValues(junk)).read('slot1');
      expect(entry.parsed?.ok, junk.slice(0, 30)).toBe(false);
    }
  });

  it('falls back to memory, says so once, and loses nothing while the page is open when storage throws', () => {
    expect(createLocalStorage(throwingStore())).toBeNull();
    const told: string[] = [];
    const slots = slotsOver(createResilientStorage(createLocalStorage(throwingStore()), (why) => told.push(why)));
    expect(slots.save('slot1', base().snapshot)).toBe(true);
    expect(slots.read('slot1').parsed?.ok).toBe(true);
    expect(told).toEqual(['unavailable']);
  });

  it('falls back to memory when storage is full (the probe works, every real write is refused)', () => {
    const told: string[] = [];
    const device = createLocalStorage(throwingStore((key) => key.endsWith('probe')));
    expect(device).not.toBeNull();
    const slots = slotsOver(createResilientStorage(device, (why) => told.push(why)));
    expect(slots.save('slot1', base().snapshot)).toBe(true);
    expect(slots.save('slot2', base().snapshot)).toBe(true);
    expect(slots.read('slot2').parsed?.ok).toBe(true);
    expect(told).toEqual(['refused']);
  });

  /** A full device: everything stored reads back, every write (the probe too) throws QuotaExceededError. */
  const fullStore = (stored: Record<string, string>): Storage => {
    const values = new Map(Object.entries(stored));
    return {
      get length() {
        return values.size;
      },
      key: (i: number) => [...values.keys()][i] ?? null,
      getItem: (key: string) => values.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => void values.delete(key),
      clear: () => values.clear(),
    };
  };

  it('still reads what a full device holds when even the first test write is refused (Continue stays)', () => {
    const autosave = json(base());
    const stored = { 'avenida-viena:save:auto': autosave, 'avenida-viena:kiosk-config': '{"pin":"2468"}' };
    const device = createLocalStorage(fullStore(stored));
    expect(device).not.toBeNull();
    expect(device?.read('kiosk-config')).toBe('{"pin":"2468"}');
    const told: string[] = [];
    const slots = slotsOver(createResilientStorage(device, (why) => told.push(why)));
    expect(slots.read('auto').parsed?.ok).toBe(true);
    expect(told).toEqual([]);
  });

  it('says so when a write to a full device fails, and keeps the stored value readable', () => {
    const told: string[] = [];
    const device = createLocalStorage(fullStore({ 'avenida-viena:save:slot1': json(base()) }));
    const storage = createResilientStorage(device, (why) => told.push(why));
    const slots = slotsOver(storage);
    expect(slots.save('slot2', base().snapshot)).toBe(true);
    expect(told).toEqual(['refused']);
    expect(storage.kind).toBe('memory');
    expect(slots.read('slot1').parsed?.ok).toBe(true);
    expect(slots.read('slot2').parsed?.ok).toBe(true);
  });
});
