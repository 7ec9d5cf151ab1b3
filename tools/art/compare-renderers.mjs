// Compares the two rasterisers the build could use against Chromium's own drawing of the same SVG (what players saw
// when the game rasterised at run time): mean absolute difference per channel (0–255) and time per picture.
// Usage: node tools/art/compare-renderers.mjs [--width=1280] [--only=plan-day,library-dusk]   (docs/art.md)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(root, 'assets', 'art');
const args = process.argv.slice(2);
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 1280);
const height = Math.round((width * 540) / 960);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const names =
  only ??
  readdirSync(dir)
    .filter((f) => /^[a-z]+-(dawn|day|dusk|night)\.svg$/.test(f))
    .filter((_, i) => i % 10 === 0)
    .map((f) => f.slice(0, -4));

const rgb = async (input) => (await sharp(input).removeAlpha().raw().toBuffer({ resolveWithObject: true })).data;
const mad = (a, b) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width, height } });
const totals = { resvg: { diff: 0, ms: 0 }, sharp: { diff: 0, ms: 0 } };
for (const name of names) {
  const svg = readFileSync(join(dir, `${name}.svg`), 'utf8');
  await page.setContent(
    `<body style="margin:0"><img style="display:block;width:${width}px;height:${height}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  const reference = await rgb(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
  let t = performance.now();
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render();
  const resvgPng = r.asPng();
  totals.resvg.ms += performance.now() - t;
  t = performance.now();
  const sharpPng = await sharp(Buffer.from(svg), { density: (72 * width) / 960 })
    .resize(width, height)
    .png()
    .toBuffer();
  totals.sharp.ms += performance.now() - t;
  const dr = mad(reference, await rgb(resvgPng));
  const ds = mad(reference, await rgb(sharpPng));
  totals.resvg.diff += dr;
  totals.sharp.diff += ds;
  console.log(`${name.padEnd(16)} resvg ${dr.toFixed(2)}  sharp ${ds.toFixed(2)}`);
}
await browser.close();
for (const [k, v] of Object.entries(totals))
  console.log(
    `${k}: mean difference from Chromium ${(v.diff / names.length).toFixed(2)} / 255, ${(v.ms / names.length).toFixed(0)} ms per picture at ${width} px`,
  );
