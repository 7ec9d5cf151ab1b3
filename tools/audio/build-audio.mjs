// Synthesises every sound in src/core/stage/ids.ts and encodes it to assets/audio/<kind>/<id>.ogg (mono Ogg Vorbis).
// (By kind, because ids repeat across kinds: music `house` and ambience `house`.)
// Usage: node tools/audio/build-audio.mjs [id …]     (no ids: all 30). Needs sox with Vorbis (apt-get install sox
// libsox-fmt-all) only here: the encoded files are committed, so the game's build needs no encoder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RATE } from './dsp.mjs';
import { writeWav } from './wav.mjs';
import { renderMusic } from './music.mjs';
import { renderAmbience } from './ambience.mjs';
import { renderSfx } from './sfx.mjs';
import { AUDIO_DIR, readSoundIds } from './sound-ids.mjs';

/** Vorbis quality per kind (-1…10): music a little higher, since a plucked string shows artefacts first. */
const QUALITY = { music: '1', ambience: '0', sfx: '1' };
const RENDER = { music: renderMusic, ambience: renderAmbience, sfx: renderSfx };

const all = readSoundIds();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((id) => !all.some((s) => s.id === id));
if (unknown.length) {
  console.error(`unknown sound ids: ${unknown.join(', ')}`);
  process.exit(2);
}
const todo = wanted.length ? all.filter((s) => wanted.includes(s.id)) : all;

const tmp = mkdtempSync(join(tmpdir(), 'av-audio-'));
try {
  for (const { id, kind, index } of todo) {
    const t0 = Date.now();
    const samples = RENDER[kind](id, 1940 + index * 97);
    const wav = join(tmp, `${id}.wav`);
    mkdirSync(join(AUDIO_DIR, kind), { recursive: true });
    const ogg = join(AUDIO_DIR, kind, `${id}.ogg`);
    writeWav(wav, samples);
    execFileSync('sox', [wav, '-C', QUALITY[kind], ogg]);
    const kb = (statSync(ogg).size / 1024).toFixed(1);
    console.log(`${kind.padEnd(8)} ${id.padEnd(15)} ${(samples.length / RATE).toFixed(2)} s  ${kb} KB  (${Date.now() - t0} ms)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
