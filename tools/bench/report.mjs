// Turns the benchmark's results into a table of numbers against the issue's targets (JSON + Markdown).
import { KB, MIB } from './bytes.mjs';
import { BUDGETS } from './check-budgets.mjs';

const kb = (n) => (n === null || n === undefined ? '–' : `${(n / KB).toFixed(1)} kB`);
const ms = (n) => (n === null || n === undefined ? '–' : `${n} ms`);
const verdict = (ok) => (ok === null || ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');

/** Rows: [measure, value, target, met?]. `met` is null when the number could not be taken. */
export function rows(r) {
  const out = [];
  const add = (measure, value, target, met) => out.push({ measure, value, target, met });
  const { load, bytes, play, scene, soak, verify } = r;
  if (load) {
    add(
      `First story text, game (median of ${load.fast.samples.game.length} cold loads)`,
      ms(load.fast.game.firstText),
      '–',
      null,
    );
    add('First story text, reference bare inkjs page', ms(load.fast.reference.firstText), '–', null);
    add(
      'First text ratio game / reference',
      `${load.fast.ratio}× (95 % interval of the pairs ${load.fast.ratioInterval?.join('–') ?? '–'}×; ` +
        `painted frame: ${load.fast.ratioFrame}×)`,
      '≤ 1.25×',
      load.fast.ratio !== null ? load.fast.ratio <= 1.25 : null,
    );
    add(
      'First text, 4× CPU + 1.6 Mbit/s, 100 ms RTT (game)',
      `${ms(load.slow.game.firstText)} (reference ${ms(load.slow.reference.firstText)}, ${load.slow.ratio}×)`,
      '< 1500 ms',
      load.slow.game.firstText !== null ? load.slow.game.firstText < 1500 : null,
    );
    add(
      'Game ready (Begin enabled), title painted',
      `${ms(load.fast.game.ready)}, ${ms(load.fast.game.titlePaint)}`,
      '–',
      null,
    );
  }
  if (bytes) {
    add(
      'JS before first text (gzip)',
      `${kb(bytes.criticalJs.gzip)} (${bytes.criticalJs.files.map((f) => f.replace(/^assets\//, '')).join(', ')})`,
      `≤ ${kb(BUDGETS.criticalJsGzip)}`,
      bytes.criticalJs.gzip <= BUDGETS.criticalJsGzip,
    );
    add(
      'JS before first text in Spanish (gzip, with the Spanish interface chunk)',
      kb(bytes.criticalJsSpanish.gzip),
      `≤ ${kb(BUDGETS.criticalJsGzip)}`,
      bytes.criticalJsSpanish.gzip <= BUDGETS.criticalJsGzip,
    );
    add(
      'All JS (gzip)',
      kb(Math.max(...Object.values(bytes.allJsByLanguage).map((all) => all.gzip))),
      `≤ ${kb(BUDGETS.allJsGzip)}`,
      Object.values(bytes.allJsByLanguage).every((all) => all.gzip <= BUDGETS.allJsGzip),
    );
    add(
      'Biggest JS chunk (raw)',
      `${bytes.biggestJs?.file.replace(/^assets\//, '')} ${(bytes.biggestJs.raw / MIB).toFixed(2)} MiB`,
      '≤ 2 MiB',
      bytes.biggestJs.raw <= BUDGETS.chunkRaw,
    );
    for (const [name, label] of [
      ['css', 'CSS'],
      ['fonts', 'Fonts'],
      ['art', 'Art'],
      ['audio', 'Audio'],
      ['story', 'Story JSON, all languages'],
    ]) {
      const t = bytes.totals[name];
      if (t) add(`${label} (${t.files} files): raw / gzip`, `${kb(t.raw)} / ${kb(t.gzip)}`, '–', null);
    }
    const silent = bytes.offlineWithoutSound;
    add(
      `Whole offline bundle without the sound, what the offline copy keeps (${silent.files} files): raw / gzip`,
      `${kb(silent.raw)} / ${kb(silent.gzip)}`,
      `≤ ${kb(BUDGETS.offlineGzipWithoutSound)} gzip`,
      silent.gzip <= BUDGETS.offlineGzipWithoutSound,
    );
    const kept = Object.entries(bytes.offlineByCategory)
      .sort((a, b) => b[1].gzip - a[1].gzip)
      .map(([name, t]) => `${name} ${kb(t.gzip)} (${t.files})`)
      .join(', ');
    add(
      `Whole offline bundle with the sound (${bytes.offline.files} files): raw / gzip`,
      `${kb(bytes.offline.raw)} / ${kb(bytes.offline.gzip)}: ${kept}`,
      '–',
      null,
    );
    add(
      `Everything built, all art tiers (${bytes.all.files} files): raw / gzip`,
      `${kb(bytes.all.raw)} / ${kb(bytes.all.gzip)}`,
      '–',
      null,
    );
  }
  if (play) {
    add(
      `Choice → text in DOM, ${play.choices} choices: median / p95 / max`,
      `${ms(play.dom.median)} / ${ms(play.dom.p95)} / ${ms(play.dom.max)}`,
      'p95 ≤ 16 ms',
      play.dom.p95 !== null ? play.dom.p95 <= 16 : null,
    );
    add(
      'Choice → start of the next frame: median / p95',
      `${ms(play.frame.median)} / ${ms(play.frame.p95)}`,
      '–',
      null,
    );
    add(
      'Longest main-thread task while playing (after first text)',
      `${ms(play.longTasks.longest)} (${play.longTasks.count} tasks > 50 ms)`,
      '–',
      null,
    );
  }
  if (load?.fast.longestTaskAfterText !== undefined)
    add('Longest task from first text to the first picture (cold load)', ms(load.fast.longestTaskAfterText), '–', null);
  if (scene) {
    add(
      `Heaviest scene (${scene.scene}, raid flashes, ${scene.renderer}): animation frames per s`,
      `${scene.rafFps} fps (p95 frame ${ms(scene.frameP95)})`,
      '≥ 55 fps',
      scene.rafFps !== null ? scene.rafFps >= 55 : null,
    );
    add('Heaviest scene: frames Phaser drew per s (capped at 30 by design)', `${scene.phaserFps} fps`, '–', null);
  }
  if (soak) {
    const s20 = soak.samples.find((s) => s.visit === 20);
    const sN = soak.samples.at(-1);
    add(
      `Kiosk heap, visit 20 → ${sN.visit}`,
      `${s20.heapMB} → ${sN.heapMB} MB (${soak.heapGrowthMB >= 0 ? '+' : ''}${soak.heapGrowthMB} MB)`,
      '≤ +5 MB',
      soak.heapGrowthMB <= 5,
    );
    add(`Kiosk DOM elements, visit 20 → ${sN.visit}`, `${s20.nodes} → ${sN.nodes}`, 'same', soak.nodesSame);
    // Sampled at one picture (the attract loop's first): decoded pictures held, then all keys in Phaser's manager.
    add(
      `Kiosk Phaser textures, visit 20 → ${sN.visit}`,
      s20.phaserTextures === undefined
        ? `${s20.textures} → ${sN.textures}`
        : `${s20.textures} → ${sN.textures} pictures held, ${s20.phaserTextures} → ${sN.phaserTextures} keys in ` +
            `Phaser (both at ${soak.texturePicture})`,
      'same',
      soak.texturesSame,
    );
  }
  if (verify) {
    add(
      'Verifier: states, total time, states per second',
      `${verify.states?.toLocaleString('en-US')} states, ${((verify.ms ?? 0) / 1000).toFixed(1)} s, ${Math.round(verify.statesPerSecond ?? 0).toLocaleString('en-US')} states/s (${verify.ok ? 'PASS' : `FAIL: ${verify.failures} problems`})`,
      '–',
      null,
    );
  }
  return out;
}

export function markdown(r) {
  const table = rows(r)
    .map((row) => `| ${row.measure} | ${row.value} | ${row.target} | ${row.target === '–' ? '' : verdict(row.met)} |`)
    .join('\n');
  return [
    `Measured ${r.date} on ${r.machine.cpus} cores (${r.machine.model}), load average before/after ${r.machine.loadBefore.join(' / ')} → ${r.machine.loadAfter.join(' / ')}; Chromium ${r.machine.chromium}, headless, software WebGL.`,
    '',
    '| Measure | Value | Target | |',
    '|---|---|---|---|',
    table,
    '',
  ].join('\n');
}
