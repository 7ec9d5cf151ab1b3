// How long the museum kiosk's visit reads for a standing visitor: the words shown from the first tap (the kiosk
// entry) to the end of the story, choices included, along one way of choosing (first options, last options, or a
// seeded random visitor), with the words and the picture (scene) of every passage the visitor reads at once.
// Usage: node tools/kiosk-words.mjs [story/en/main.ink ...]    (both languages when no file is given)
// tests/content/kiosk-length.test.ts holds the first-options figure to the issue-21 ceiling in both languages.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Words in a piece of text: runs of non-space characters (the same rule as src/core/classroom/reading-time.ts). */
const countWords = (text) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);

/** The ways of choosing the report measures: a name and a picker from (choices, step) to the index to take. */
export function kioskPickers(randomSeeds = [1, 2, 3]) {
  const pickers = [
    { name: 'first options', pick: (choices) => choices[0] },
    { name: 'last options', pick: (choices) => choices[choices.length - 1] },
  ];
  for (const seed of randomSeeds) {
    let state = seed;
    pickers.push({
      name: `random (seed ${seed})`,
      pick: (choices) => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return choices[state % choices.length];
      },
    });
  }
  return pickers;
}

/**
 * Walks one kiosk visit with `session` (a session of src/core/session/session.ts over the compiled story), taking
 * the choice `pick` names at every step, until the story ends. Returns the words and choices of the whole visit and
 * one entry per passage (the text shown between two taps, with the choice text that opened it) with the picture
 * (scene) it ends on and the record beats it tells.
 * Throws if the story breaks or does not end within 100 choices.
 */
export function walkKiosk(session, pick) {
  let frame = session.begin({ kind: 'kiosk' });
  const passages = [];
  let chosen = '';
  for (let taps = 0; ; taps++) {
    if (frame.status === 'broken') throw new Error(`the kiosk broke: ${frame.problems.map((p) => p.message)}`);
    const shown = frame.lines.reduce((n, line) => n + countWords(line.text), 0);
    passages.push({
      words: countWords(chosen) + shown,
      scene: frame.stage.scene,
      records: frame.lines.map((line) => line.record).filter((record) => record !== null),
      choices: frame.choices.length,
    });
    if (frame.status === 'ending') break;
    if (taps >= 100) throw new Error('the kiosk did not end within 100 choices');
    const choice = pick(frame.choices);
    chosen = choice.text;
    frame = session.choose(choice.index);
  }
  const words = passages.reduce((n, p) => n + p.words, 0);
  return { words, choices: passages.length - 1, passages };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { runnerImport } = await import('vite');
  const { compileInkFile } = await import('./ink/compile-ink.mjs');
  const load = async (path) => (await runnerImport(resolve(root, path))).module;
  const { StoryEngine } = await load('src/core/story/story-engine.ts');
  const { createSession } = await load('src/core/session/session.ts');
  const { CANONICAL_SEQUENCE } = await load('src/core/record/canonical-sequence.ts');
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const file of files.length > 0 ? files : ['story/en/main.ink', 'story/es/main.ink']) {
    const compiled = compileInkFile(resolve(root, file));
    if (!compiled.json) {
      console.error(compiled.errors.join('\n'));
      process.exit(1);
    }
    const engine = StoryEngine.fromJson(compiled.json);
    for (const { name, pick } of kioskPickers()) {
      const visit = walkKiosk(createSession({ engine, canonical: CANONICAL_SEQUENCE }), pick);
      const longest = Math.max(...visit.passages.map((p) => p.words));
      console.log(
        `${file} ${name.padEnd(17)} ${String(visit.words).padStart(5)} words, ${visit.choices} choices, ` +
          `longest passage ${longest} words, ${(visit.words / 150 + visit.choices * 0.2).toFixed(1)} min at 150 wpm`,
      );
      if (process.argv.includes('--passages'))
        for (const p of visit.passages) console.log(`   ${String(p.words).padStart(4)}  ${p.scene}`);
    }
  }
}
