// Renders every scene at every time of day through the real StageView (Phaser), plus the security measures and
// the raid effects, into .out/art/*.png, and contact sheets .out/art/sheet-*.png for looking at many at once.
// Usage: node tools/art/screenshot-scenes.mjs [--canvas] [--only=scene1,scene2]
//   --canvas  launches Chromium without WebGL, to check Phaser's Canvas fallback.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, '.out', 'art');
mkdirSync(outDir, { recursive: true });
const args = process.argv.slice(2);
const canvasOnly = args.includes('--canvas');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');

const ids = readFileSync(join(root, 'src/core/stage/ids.ts'), 'utf8');
const listOf = (name) =>
  [...ids.match(new RegExp(`export const ${name} = \\[([\\s\\S]*?)\\] as const`))[1].matchAll(/'([a-z_]+)'/g)].map(
    (m) => m[1],
  );
const SCENES = listOf('SCENE_IDS').filter((s) => !only || only.includes(s));
const TIMES = listOf('TIMES_OF_DAY');
const MEASURES = readFileSync(join(root, 'src/ui/phaser/layers.ts'), 'utf8')
  .match(/MEASURE_IDS = \[([\s\S]*?)\] as const/)[1]
  .match(/'([a-z_]+)'/g)
  .map((s) => s.slice(1, -1));

// The project's config: its art plugin serves the rasters the game uses (drawn on request, cached).
const server = await createServer({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  optimizeDeps: { entries: ['tools/art/preview/index.html'] },
  server: { host: '127.0.0.1', port: 5199, strictPort: false, hmr: false },
}); // no reloads mid-run when sources change
await server.listen();
const url = `${server.resolvedUrls.local[0]}tools/art/preview/index.html`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    ...(canvasOnly ? ['--disable-3d-apis'] : []),
  ],
});
const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
const warnings = [];
page.on('console', (m) => {
  if (m.type() === 'warning' || m.type() === 'error')
    if (!/GPU stall|ReadPixels/.test(m.text())) warnings.push(m.text());
});
page.on('pageerror', (e) => warnings.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.waitForFunction(() => window.__stage || window.__stageError, null, { timeout: 60_000 });
const bootError = await page.evaluate(() => window.__stageError);
if (bootError) throw new Error(bootError);
const renderer = await page.evaluate(() => window.__stage.view.renderer);

const shots = [];
async function shoot(name, stage, reducedMotion = false, settleMs = 0) {
  await page.evaluate(([s, r]) => window.__stage.show(s, r), [stage, reducedMotion]);
  try {
    await page.waitForFunction(
      (want) => document.getElementById('stage').dataset.stage === want,
      `${stage.scene}/${stage.time}`,
      { timeout: 30_000 },
    );
  } catch (error) {
    console.error(`no picture for ${name}; page said:`, warnings.join('\n'));
    throw error;
  }
  if (settleMs) await page.waitForTimeout(settleMs);
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 960, height: 540 }, timeout: 60_000 });
  shots.push(name);
}

for (const scene of SCENES) for (const time of TIMES) await shoot(`${scene}-${time}`, { scene, time });
for (const scene of SCENES)
  for (const time of ['day', 'night']) await shoot(`${scene}-${time}-secured`, { scene, time, measures: MEASURES });
if (!only || only.includes('bedroom')) {
  await shoot('raid-dark', { scene: 'bedroom', time: 'night' });
  await shoot('raid-flashes', { scene: 'bedroom', time: 'night', effect: 'raid_flashes' }, false, 900);
  await shoot('raid-flashes-still', { scene: 'bedroom', time: 'night', effect: 'raid_flashes' }, true);
  await shoot('raid-fire', { scene: 'bedroom', time: 'night', effect: 'fire_glow' }, false, 400);
  await shoot('raid-fire-still', { scene: 'bedroom', time: 'night', effect: 'fire_glow' }, true);
  await shoot('raid-plan-flashes-still', { scene: 'plan', time: 'night', effect: 'raid_flashes', measures: [] }, true);
}

const texturesHeld = await page.evaluate(() => Number(document.getElementById('stage').dataset.stageTextures));

// contact sheets: 8 pictures (half size) per sheet
const sheets = [];
for (let i = 0; i < shots.length; i += 8) {
  const group = shots.slice(i, i + 8);
  const imgs = group
    .map(
      (n) =>
        `<figure><img src="data:image/png;base64,${readFileSync(join(outDir, `${n}.png`)).toString('base64')}"><figcaption>${n}</figcaption></figure>`,
    )
    .join('');
  await page.setViewportSize({ width: 980, height: 1200 });
  await page.setContent(
    `<style>body{margin:0;background:#555;display:grid;grid-template-columns:repeat(2,480px);gap:6px;padding:6px;font:12px sans-serif;color:#fff}figure{margin:0}img{width:480px;height:270px;display:block}</style>${imgs}`,
  );
  const sheet = `sheet-${String(i / 8 + 1).padStart(2, '0')}`;
  await page.screenshot({ path: join(outDir, `${sheet}.png`), fullPage: true });
  sheets.push(sheet);
}
writeFileSync(
  join(outDir, 'report.json'),
  JSON.stringify({ renderer, shots: shots.length, sheets, texturesHeld, warnings }, null, 1),
);
console.log(
  `renderer ${renderer}; ${shots.length} pictures and ${sheets.length} contact sheets in ${outDir}; textures held at the end ${texturesHeld}; ${warnings.length} warnings`,
);
for (const w of warnings.slice(0, 10)) console.log('  warning:', w);
await browser.close();
await server.close();
