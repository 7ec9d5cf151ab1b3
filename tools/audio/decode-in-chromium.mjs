// Proves Chromium can decode every committed sound: serves assets/audio on 127.0.0.1, opens headless Chromium
// (Debian's, via playwright-core) and runs Web Audio's decodeAudioData on each file, printing its length.
// Usage: node tools/audio/decode-in-chromium.mjs   Exit code 1 if any file fails to decode or has the wrong length.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AUDIO_DIR, readSoundIds } from './sound-ids.mjs';

const files = readSoundIds().map(({ id, kind }) => `${kind}/${id}.ogg`);
const server = createServer((req, res) => {
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>decode</title>');
    return;
  }
  const path = join(AUDIO_DIR, decodeURIComponent((req.url ?? '/').slice(1)));
  if (!path.startsWith(AUDIO_DIR) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'audio/ogg' }).end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
});
let failed = 0;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const results = await page.evaluate(async (list) => {
    const ctx = new OfflineAudioContext(1, 1, 48000);
    const out = [];
    for (const file of list) {
      try {
        const bytes = await (await fetch(`/${file}`)).arrayBuffer();
        const buffer = await ctx.decodeAudioData(bytes);
        const data = buffer.getChannelData(0);
        let peak = 0;
        for (const v of data) peak = Math.max(peak, Math.abs(v));
        out.push({ file, seconds: buffer.duration, peak });
      } catch (error) {
        out.push({ file, error: String(error) });
      }
    }
    return out;
  }, files);
  for (const r of results) {
    if (r.error || !(r.seconds > 0.2) || !(r.peak > 0.01)) {
      failed++;
      console.error(`✘ ${r.file}: ${r.error ?? `${r.seconds} s, peak ${r.peak}`}`);
    } else console.log(`✔ ${r.file.padEnd(26)} ${r.seconds.toFixed(3)} s  peak ${r.peak.toFixed(3)}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(failed ? `${failed} file(s) failed to decode` : `all ${files.length} files decode in Chromium`);
process.exit(failed ? 1 : 0);
