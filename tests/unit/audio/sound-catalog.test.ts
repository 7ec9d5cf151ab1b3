import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONESHOT_IDS } from '../../../src/core/audio/ambient-events.ts';
import { allSounds, captionFor, captionOf, soundEntry } from '../../../src/core/audio/sound-catalog.ts';
import { AMBIENCE_IDS, MUSIC_IDS, SFX_IDS } from '../../../src/core/stage/ids.ts';
import { oggInfo } from './ogg-info.ts';

const AUDIO = join(import.meta.dirname, '..', '..', '..', 'assets', 'audio');
const TOTAL_BUDGET = 3 * 1024 * 1024;
/** Per-kind limits: [shortest, longest] seconds and the biggest file. */
const LIMITS = {
  music: { len: [120, 150], bytes: 300_000 },
  ambience: { len: [10, 20], bytes: 160_000 },
  sfx: { len: [0.3, 9], bytes: 60_000 },
};

describe('the sound catalog', () => {
  it('has exactly one entry for every music, ambience and effect id in ids.ts', () => {
    const refs = allSounds().map((s) => `${s.ref.kind}:${s.ref.id}`);
    const expected = [
      ...MUSIC_IDS.map((id) => `music:${id}`),
      ...AMBIENCE_IDS.map((id) => `ambience:${id}`),
      ...SFX_IDS.map((id) => `sfx:${id}`),
    ];
    expect(refs.sort()).toEqual(expected.sort());
    expect(refs).toHaveLength(30);
  });

  it('gives every sound its own file, even where ids repeat across kinds', () => {
    const files = allSounds().map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
    expect(soundEntry({ kind: 'music', id: 'house' }).file).toBe('music/house.ogg');
    expect(soundEntry({ kind: 'ambience', id: 'house' }).file).toBe('ambience/house.ogg');
  });

  it('loops music and ambience, plays effects once, and streams only music', () => {
    for (const s of allSounds()) {
      expect(s.loop, s.file).toBe(s.ref.kind !== 'sfx');
      expect(s.stream, s.file).toBe(s.ref.kind === 'music');
    }
  });

  it('has a bracketed, non-empty caption and a base volume of 1 for every sound (the files carry the level)', () => {
    for (const s of allSounds()) {
      expect(s.caption, s.file).toMatch(/^\[[A-Z][^[\]]{3,}\]$/);
      expect(s.volume, s.file).toBe(1);
    }
  });

  it('answers captions for effects and for any sound', () => {
    expect(captionFor('dog_bark')).toBe('[A dog barks]');
    expect(captionOf({ kind: 'ambience', id: 'night' })).toContain('dogs');
  });
});

describe('the committed sound files', () => {
  it('exist for every catalog entry, as mono Ogg Vorbis of the right length and size', () => {
    for (const s of allSounds()) {
      const path = join(AUDIO, s.file);
      expect(existsSync(path), `${s.file} is missing`).toBe(true);
      const bytes = readFileSync(path);
      const info = oggInfo(bytes);
      const limit = LIMITS[s.ref.kind];
      expect(info.channels, s.file).toBe(1);
      expect(info.seconds, `${s.file} length`).toBeGreaterThanOrEqual(limit.len[0]!);
      expect(info.seconds, `${s.file} length`).toBeLessThanOrEqual(limit.len[1]!);
      expect(bytes.length, `${s.file} size`).toBeLessThanOrEqual(limit.bytes);
    }
  });

  it('have an ambient one-shot file for every one-shot id: mono Ogg Vorbis, 0.3 to 8 seconds, under 40 kB', () => {
    for (const id of ONESHOT_IDS) {
      const bytes = readFileSync(join(AUDIO, 'oneshot', `${id}.ogg`));
      const info = oggInfo(bytes);
      expect(info.channels, id).toBe(1);
      expect(info.seconds, id).toBeGreaterThanOrEqual(0.3);
      expect(info.seconds, id).toBeLessThanOrEqual(8);
      expect(bytes.length, id).toBeLessThanOrEqual(40_000);
    }
  });

  it('stay under the 3 MB budget together, one-shots included', () => {
    const files = [...allSounds().map((s) => s.file), ...ONESHOT_IDS.map((id) => `oneshot/${id}.ogg`)];
    const total = files.reduce((sum, file) => sum + statSync(join(AUDIO, file)).size, 0);
    expect(total).toBeLessThan(TOTAL_BUDGET);
  });
});

describe('oggInfo', () => {
  it('rejects a file that is not Ogg', () => {
    expect(() => oggInfo(new TextEncoder().encode('RIFF....WAVEfmt '))).toThrow(/not an Ogg file/);
  });
});
