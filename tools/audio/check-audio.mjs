// Measures every committed sound, since nobody here can listen: decodes each file with sox and checks its length,
// peak and RMS level, clipping, and (for loops) the seam where the end meets the start.
// Usage: node tools/audio/check-audio.mjs [--spectrograms DIR]   Exit code 1 on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_DIR, readSoundIds } from './sound-ids.mjs';

/** Limits per kind: seconds [min, max], and the quietest RMS (dBFS) that still counts as a sound. */
const LIMITS = {
  music: { len: [20, 40], minRmsDb: -40 },
  ambience: { len: [10, 20], minRmsDb: -45 },
  sfx: { len: [0.3, 9], minRmsDb: -40 },
};
const TOTAL_BUDGET = 3 * 1024 * 1024;
const CLIP = 0.99;

/** Decode to 16-bit mono PCM at 32 kHz through sox and return it as floats. */
function decode(file) {
  const raw = execFileSync('sox', [file, '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-c', '1', '-r', '32000', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = new Float32Array(raw.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = raw.readInt16LE(i * 2) / 32768;
  return out;
}

const db = (v) => (v > 0 ? 20 * Math.log10(v) : -Infinity);

/**
 * How much bigger the jump across the loop seam is than the largest step inside the last 50 ms and first 50 ms.
 * A seamless loop gives a ratio near or below 1; a click at the seam gives a big one.
 */
function seamRatio(x) {
  const w = 1600;
  let inside = 1e-6;
  for (let i = 1; i < w; i++) inside = Math.max(inside, Math.abs(x[i] - x[i - 1]), Math.abs(x[x.length - i] - x[x.length - i - 1]));
  return Math.abs(x[0] - x[x.length - 1]) / inside;
}

const args = process.argv.slice(2);
const specDir = args[0] === '--spectrograms' ? args[1] : null;
if (specDir) mkdirSync(specDir, { recursive: true });

const failures = [];
let total = 0;
console.log('kind     id              seconds    KB   peak dB  RMS dB  seam');
for (const { id, kind } of readSoundIds()) {
  const file = join(AUDIO_DIR, kind, `${id}.ogg`);
  if (!existsSync(file)) {
    failures.push(`${kind}/${id}: file missing (${file})`);
    continue;
  }
  const bytes = statSync(file).size;
  total += bytes;
  const x = decode(file);
  const seconds = x.length / 32000;
  let pk = 0, sq = 0;
  for (const v of x) { pk = Math.max(pk, Math.abs(v)); sq += v * v; }
  const rms = Math.sqrt(sq / x.length);
  const seam = kind === 'sfx' ? null : seamRatio(x);
  const lim = LIMITS[kind];
  if (seconds < lim.len[0] || seconds > lim.len[1]) failures.push(`${kind}/${id}: ${seconds.toFixed(2)} s outside ${lim.len.join('–')} s`);
  if (pk >= CLIP) failures.push(`${kind}/${id}: peak ${pk.toFixed(3)} clips`);
  if (db(rms) < lim.minRmsDb) failures.push(`${kind}/${id}: RMS ${db(rms).toFixed(1)} dB is near silence`);
  if (seam !== null && seam > 1.5) failures.push(`${kind}/${id}: loop seam jump ${seam.toFixed(2)}× the local steps (a click)`);
  console.log(
    `${kind.padEnd(8)} ${id.padEnd(15)} ${seconds.toFixed(2).padStart(6)} ${(bytes / 1024).toFixed(1).padStart(6)} ` +
      `${db(pk).toFixed(1).padStart(8)} ${db(rms).toFixed(1).padStart(7)}  ${seam === null ? '-' : seam.toFixed(2)}`,
  );
  if (specDir) execFileSync('sox', [file, '-n', 'spectrogram', '-x', '800', '-y', '257', '-t', `${kind}/${id}`, '-o', join(specDir, `${kind}-${id}.png`)]);
}
console.log(`total ${(total / 1024).toFixed(1)} KB of ${(TOTAL_BUDGET / 1024).toFixed(0)} KB budget`);
if (total > TOTAL_BUDGET) failures.push(`total ${total} bytes over the ${TOTAL_BUDGET}-byte budget`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('all sounds pass');
