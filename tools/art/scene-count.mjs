// Counts the distinct pictures a whole playthrough shows, per role: seeded random readers play from the first
// chapter to the ending, and every line's stage is recorded (the picture the stage shows while that line is read).
// "Pictures" are distinct scene × time of day; "places" are distinct scenes; "changes" counts how often the
// picture changes. Deterministic for a given story.
// Usage: node tools/art/scene-count.mjs [story/en/main.ink] [--runs=N] [--json]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from '../ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const file = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'story/en/main.ink');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
const load = async (path) => (await runnerImport(resolve(root, path))).module;
const { StoryEngine } = await load('src/core/story/story-engine.ts');
const { createSession } = await load('src/core/session/session.ts');
const { CANONICAL_SEQUENCE } = await load('src/core/record/canonical-sequence.ts');
const { RESULT_ROLES, RESULT_CHAPTERS } = await load('src/core/classroom/class-result.ts');
const { chapterStartState } = await load('src/core/classroom/chapter-start.ts');

const compiled = compileInkFile(file);
if (!compiled.json) {
  console.error(compiled.errors.join('\n'));
  process.exit(1);
}
const engine = StoryEngine.fromJson(compiled.json, { lineBudgetMs: 60_000 });

/** One seeded reader of `role` from chapter I to the ending: the pictures shown, in order. */
export function playthrough(role, seed) {
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
  const first = RESULT_CHAPTERS[0];
  let frame = session.begin({ kind: 'chapter', checkpoint: first, role, carry: chapterStartState(first) });
  const shown = [];
  const record = (f) => {
    for (const line of f.lines) {
      const picture = `${line.stage.scene}/${line.stage.time}`;
      if (shown[shown.length - 1] !== picture) shown.push(picture);
    }
  };
  record(frame);
  let state = seed;
  for (let n = 0; frame.status === 'choosing' && n < 3000; n++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    frame = session.choose(frame.choices[state % frame.choices.length].index);
    record(frame);
  }
  if (frame.status === 'broken') throw new Error(`${role} seed ${seed}: the story broke`);
  return shown;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows = RESULT_ROLES.map((role) => {
  const plays = Array.from({ length: runs }, (_, i) => playthrough(role, 17 + i * 7919));
  const pictures = plays.map((p) => new Set(p).size);
  const places = plays.map((p) => new Set(p.map((x) => x.split('/')[0])).size);
  const union = new Set(plays.flat().map((x) => x.split('/')[0]));
  return {
    role,
    pictures: median(pictures),
    places: median(places),
    changes: median(plays.map((p) => p.length - 1)),
    placesSeen: [...union].sort(),
  };
});
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 1));
else {
  console.log(`median of ${runs} seeded readers per role, chapter I to the ending (${file.slice(root.length + 1)})`);
  for (const r of rows)
    console.log(
      `${r.role.padEnd(9)} pictures ${String(r.pictures).padStart(3)}  places ${String(r.places).padStart(2)}  changes ${String(r.changes).padStart(4)}  places any reader saw: ${r.placesSeen.join(' ')}`,
    );
}
