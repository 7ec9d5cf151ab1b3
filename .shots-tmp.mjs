import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn('npx', ['vite', 'preview', '--port', '4791', '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 4000));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1920, 1080], [390, 844]]) for (const q of ['', '?renderer=webgl']) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://localhost:4791/' + q);
  await p.getByRole('button', { name: 'Begin', exact: true }).click();
  await p.waitForFunction(() => (document.getElementById('stage')?.dataset.stage ?? '') !== '' && document.getElementById('stage')?.dataset.stageLoop === 'asleep', undefined, { timeout: 60000 });
  await p.waitForTimeout(1500);
  const r = await p.evaluate(() => document.documentElement.dataset.renderer);
  await p.screenshot({ path: `/tmp/canvas-shot-${w}x${h}-${r}.png` });
  console.log(w, h, q, r);
  await p.close();
}
await b.close(); srv.kill();
