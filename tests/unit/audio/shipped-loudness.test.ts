import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OggVorbisDecoder } from '@wasm-audio-decoders/ogg-vorbis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONESHOT_IDS } from '../../../src/core/audio/ambient-events.ts';
import { allSounds } from '../../../src/core/audio/sound-catalog.ts';
import { integratedLoudness, truePeakDb } from '../../../tools/audio/loudness.mjs';
import { LOUDNESS_TARGETS, LOUDNESS_TOLERANCE_LU, TRUE_PEAK_CEILING_DB } from '../../../tools/audio/normalise.mjs';

// Every committed sound, decoded here by a WebAssembly Vorbis decoder (not the sox the build used) and measured with
// our BS.1770 meter: a file re-encoded, replaced or hand-edited off its category's level fails this test.
const AUDIO = join(import.meta.dirname, '..', '..', '..', 'assets', 'audio');
type Category = keyof typeof LOUDNESS_TARGETS;
const FILES: { file: string; category: Category }[] = [
  ...allSounds().map((s) => ({ file: s.file, category: s.ref.kind })),
  ...ONESHOT_IDS.map((id) => ({ file: `oneshot/${id}.ogg`, category: 'oneshot' as const })),
];

let decoder: OggVorbisDecoder;
beforeAll(async () => {
  decoder = new OggVorbisDecoder();
  await decoder.ready;
});
afterAll(() => decoder.free());

describe('the loudness of every shipped sound', () => {
  it.each(FILES)(
    '$file sits within 1 LU of its category target and under -1.5 dBTP',
    async ({ file, category }) => {
      await decoder.reset();
      const decoded = await decoder.decodeFile(new Uint8Array(readFileSync(join(AUDIO, file))));
      expect(decoded.errors).toEqual([]);
      const samples = decoded.channelData[0]!;
      const lufs = integratedLoudness([samples], decoded.sampleRate);
      expect(Math.abs(lufs - LOUDNESS_TARGETS[category]), `${file}: ${lufs.toFixed(2)} LUFS`).toBeLessThanOrEqual(
        LOUDNESS_TOLERANCE_LU,
      );
      expect(truePeakDb(samples), `${file} true peak`).toBeLessThanOrEqual(TRUE_PEAK_CEILING_DB);
    },
    30_000,
  );
});
