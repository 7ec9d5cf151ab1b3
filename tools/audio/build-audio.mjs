// Synthesises every sound and encodes it to assets/audio/<kind>/<id>.ogg (mono Ogg Vorbis), normalised to its
// category's loudness target (tools/audio/normalise.mjs) and checked again after encoding: the encoder moves the
// level a little, so a file more than 0.2 LU off (or over the true-peak ceiling) is corrected and encoded again.
// (By kind, because ids repeat across kinds: music `house` and ambience `house`.)
// Usage: node tools/audio/build-audio.mjs [id …]     (no ids: all). Needs sox with Vorbis (apt-get install sox
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
import { renderOneshot } from './oneshots.mjs';
import { AUDIO_DIR, readSoundIds } from './sound-ids.mjs';
import { integratedLoudness, truePeakDb } from './loudness.mjs';
import { LOUDNESS_TARGETS, TRUE_PEAK_CEILING_DB, normaliseLoudness } from './normalise.mjs';
import { decodeWithSox } from './decode.mjs';

/** Vorbis quality per kind (-1…10): music a little higher, since a plucked string shows artefacts first. */
const QUALITY = { music: '-1', ambience: '0', oneshot: '0', sfx: '1' };
/** sox output options per kind (before the quality): music is resampled to 24 kHz to fit its length in the budget. */
const SOX_OUT = { music: ['-r', '24000'] };
const RENDER = { music: renderMusic, ambience: renderAmbience, oneshot: renderOneshot, sfx: renderSfx };

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
    const target = LOUDNESS_TARGETS[kind];
    const rendered = RENDER[kind](id, 1940 + index * 97);
    mkdirSync(join(AUDIO_DIR, kind), { recursive: true });
    const wav = join(tmp, `${kind}-${id}.wav`);
    const ogg = join(AUDIO_DIR, kind, `${id}.ogg`);
    // what goes into the encoder: aimed at `aim` LUFS under `ceiling` dBTP, both moved when the decoded file misses
    let aim = target;
    let ceiling = TRUE_PEAK_CEILING_DB - 0.5;
    let lufs = 0;
    let tp = 0;
    let limited = false;
    let samples = rendered;
    for (let attempt = 0; attempt < 5; attempt++) {
      ({ samples, limited } = normaliseLoudness(rendered, RATE, aim, ceiling));
      writeWav(wav, samples);
      execFileSync('sox', [wav, ...(SOX_OUT[kind] ?? []), '-C', QUALITY[kind], ogg]);
      const decoded = decodeWithSox(ogg, RATE);
      lufs = integratedLoudness([decoded], RATE);
      tp = truePeakDb(decoded);
      const over = tp - (TRUE_PEAK_CEILING_DB - 0.1);
      if (Math.abs(target - lufs) <= 0.2 && over <= 0) break;
      if (over > 0) ceiling -= over + 0.1;
      aim += target - lufs;
    }
    const kb = (statSync(ogg).size / 1024).toFixed(1);
    console.log(
      `${kind.padEnd(8)} ${id.padEnd(15)} ${(samples.length / RATE).toFixed(2)} s  ${kb} KB  ` +
        `${lufs.toFixed(1)} LUFS  ${tp.toFixed(1)} dBTP${limited ? ' (limited)' : ''}  (${Date.now() - t0} ms)`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
