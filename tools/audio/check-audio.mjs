// Measures every committed sound, since nobody here can listen: decodes each file with sox and checks its length,
// loudness and true peak (BS.1770-4, tools/audio/loudness.mjs) against its category, clipping, and (for loops) the
// seam where the end meets the start. With --markdown it prints the docs/sound.md table instead of the report.
// Usage: node tools/audio/check-audio.mjs [--spectrograms DIR] [--markdown]   Exit code 1 on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIO_DIR, readSoundIds } from './sound-ids.mjs';
import { decodeWithSox } from './decode.mjs';
import { integratedLoudness, truePeakDb } from './loudness.mjs';
import { LOUDNESS_TARGETS, LOUDNESS_TOLERANCE_LU, TRUE_PEAK_CEILING_DB } from './normalise.mjs';

const RATE = 32000;
/** Lengths per kind in seconds [min, max]. */
const LENGTHS = { music: [120, 150], ambience: [10, 20], sfx: [0.3, 9], oneshot: [0.3, 8] };
const TOTAL_BUDGET = 3 * 1024 * 1024;

/**
 * How much bigger the jump across the loop seam is than the largest step inside the last 50 ms and first 50 ms.
 * A seamless loop gives a ratio near or below 1; a click at the seam gives a big one.
 */
function seamRatio(x) {
  const w = 1600;
  let inside = 1e-6;
  for (let i = 1; i < w; i++)
    inside = Math.max(inside, Math.abs(x[i] - x[i - 1]), Math.abs(x[x.length - i] - x[x.length - i - 1]));
  return Math.abs(x[0] - x[x.length - 1]) / inside;
}

const args = process.argv.slice(2);
const specAt = args.indexOf('--spectrograms');
const specDir = specAt >= 0 ? args[specAt + 1] : null;
const markdown = args.includes('--markdown');
if (specDir) mkdirSync(specDir, { recursive: true });

const failures = [];
const rows = [];
let total = 0;
for (const { id, kind } of readSoundIds()) {
  const file = join(AUDIO_DIR, kind, `${id}.ogg`);
  if (!existsSync(file)) {
    failures.push(`${kind}/${id}: file missing (${file})`);
    continue;
  }
  const bytes = statSync(file).size;
  total += bytes;
  const x = decodeWithSox(file, RATE);
  const seconds = x.length / RATE;
  const lufs = integratedLoudness([x], RATE);
  const tp = truePeakDb(x);
  const loops = kind === 'music' || kind === 'ambience';
  const seam = loops ? seamRatio(x) : null;
  const len = LENGTHS[kind];
  if (seconds < len[0] || seconds > len[1])
    failures.push(`${kind}/${id}: ${seconds.toFixed(2)} s outside ${len.join('–')} s`);
  if (Math.abs(lufs - LOUDNESS_TARGETS[kind]) > LOUDNESS_TOLERANCE_LU)
    failures.push(`${kind}/${id}: ${lufs.toFixed(1)} LUFS, target ${LOUDNESS_TARGETS[kind]}`);
  if (tp > TRUE_PEAK_CEILING_DB)
    failures.push(`${kind}/${id}: true peak ${tp.toFixed(2)} dBTP over ${TRUE_PEAK_CEILING_DB}`);
  if (seam !== null && seam > 1.5)
    failures.push(`${kind}/${id}: loop seam jump ${seam.toFixed(2)}× the local steps (a click)`);
  rows.push({ kind, id, seconds, bytes, lufs, tp, seam });
  if (specDir)
    execFileSync('sox', [
      file,
      '-n',
      'spectrogram',
      '-x',
      '800',
      '-y',
      '257',
      '-t',
      `${kind}/${id}`,
      '-o',
      join(specDir, `${kind}-${id}.png`),
    ]);
}

if (markdown) {
  console.log('| kind | id | target | loudness | true peak | length | size |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.kind} | \`${r.id}\` | ${LOUDNESS_TARGETS[r.kind]} LUFS | ${r.lufs.toFixed(1)} LUFS | ${r.tp.toFixed(1)} dBTP | ` +
        `${r.seconds.toFixed(1)} s | ${Math.round(r.bytes / 1024)} KB |`,
    );
  }
} else {
  console.log('kind     id              seconds     KB    LUFS   dBTP  seam');
  for (const r of rows) {
    console.log(
      `${r.kind.padEnd(8)} ${r.id.padEnd(15)} ${r.seconds.toFixed(2).padStart(7)} ${(r.bytes / 1024).toFixed(1).padStart(6)} ` +
        `${r.lufs.toFixed(1).padStart(7)} ${r.tp.toFixed(1).padStart(6)}  ${r.seam === null ? '-' : r.seam.toFixed(2)}`,
    );
  }
  console.log(`total ${(total / 1024).toFixed(1)} KB of ${(TOTAL_BUDGET / 1024).toFixed(0)} KB budget`);
}
if (total > TOTAL_BUDGET) failures.push(`total ${total} bytes over the ${TOTAL_BUDGET}-byte budget`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
if (!markdown) console.log('all sounds pass');
