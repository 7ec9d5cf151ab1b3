// Writes every picture of the game as SVG into assets/art/, plus assets/art/manifest.json (overlay boxes, flash
// and fire points for the effects, plan labels, "you are here" marks). Deterministic: same script, same files.
// Usage: node tools/art/generate-art.mjs   (then commit assets/art/; the game loads the SVGs, never this script)

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PALETTES, reseed, svg } from './lib/ink-kit.mjs';
import { gate, patio, street, tower } from './lib/scenes-outside.mjs';
import { bedroom, dining, guardroom, library, study } from './lib/scenes-inside.mjs';
import { cactus, hospital, market, museum, procession } from './lib/scenes-away.mjs';
import { LABELS, MARKERS, insetSvg, planBase, planOverlays, planPalette } from './lib/plan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'assets', 'art');
const TIMES = ['dawn', 'day', 'dusk', 'night'];

const plan = {
  base: (P) => planBase(P),
  overlays: planOverlays,
  flash: [
    [580, 300],
    [545, 270],
    [615, 270],
    [480, 210],
  ],
  fire: [510, 242],
  palette: planPalette,
};
/**
 * The centre of interest of each scene, in design pixels: a screen of another shape crops the picture around it
 * (src/ui/phaser/art-fit.ts coverView). Chosen by looking at the pictures: the doors, the table, the figures.
 */
const FOCUS = {
  plan: [520, 270], // a narrow box keeps the house; a wide one reaches the garage, the only way in
  gate: [440, 300],
  patio: [430, 280],
  study: [420, 300],
  dining: [480, 320],
  library: [520, 300],
  bedroom: [460, 260],
  guardroom: [460, 320],
  tower: [480, 260],
  street: [480, 300],
  market: [480, 300],
  cactus: [480, 320],
  hospital: [480, 300],
  procession: [480, 320],
  museum: [480, 300],
};
const SCENES = {
  plan,
  gate,
  patio,
  study,
  dining,
  library,
  bedroom,
  guardroom,
  tower,
  street,
  market,
  cactus,
  hospital,
  procession,
  museum,
};

mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith('.svg') || f === 'manifest.json') rmSync(join(out, f));

const manifest = { size: [960, 540], scenes: {}, plan: { labels: LABELS, markers: MARKERS } };
let largest = { file: '', bytes: 0 };
let total = 0;
let count = 0;
const write = (file, text) => {
  writeFileSync(join(out, file), text);
  const bytes = Buffer.byteLength(text);
  total += bytes;
  count++;
  if (bytes > largest.bytes) largest = { file, bytes };
};

for (const [id, scene] of Object.entries(SCENES)) {
  const entry = { overlays: {}, flash: scene.flash, fire: scene.fire, focus: FOCUS[id] ?? [480, 270] };
  for (const time of TIMES) {
    const P = scene.palette ? scene.palette(time) : PALETTES[time];
    reseed(id); // the same seed at every hour, so a change of time crossfades between matching shapes
    write(`${id}-${time}.svg`, svg(scene.base(P, time), P));
    for (const [measure, draw] of Object.entries(scene.overlays)) {
      reseed(`${id}/${measure}`);
      const o = draw(P, time);
      const view = [o.x, o.y, o.w, o.h];
      write(`${id}__${measure}-${time}.svg`, svg(o.body, P, view));
      entry.overlays[measure] = view;
    }
  }
  manifest.scenes[id] = entry;
}
write('inset.svg', insetSvg());
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(
  `${count} SVG files, ${(total / 1024).toFixed(0)} KB in all; largest ${largest.file} ${(largest.bytes / 1024).toFixed(1)} KB`,
);
