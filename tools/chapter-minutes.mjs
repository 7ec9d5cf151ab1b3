// Prints how long each chapter plays, per role and overall (median of seeded random readers from the chapter start
// to its pause), at the classroom pace the teacher's guide uses and at the home reader's pace.
// Usage: node tools/chapter-minutes.mjs [story/en/main.ink] [--runs=N] [--json=FILE] [--cut]
// (--cut measures the classroom's short telling, ink's classroom_cut = true)
// (--json writes the all-roles lengths, the figures src/core/classroom/chapter-times.ts states)
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from './ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'story/en/main.ink');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const telling = args.includes('--cut') ? 'cut' : 'full';
const load = async (path) => (await runnerImport(resolve(root, path))).module;
const { StoryEngine } = await load('src/core/story/story-engine.ts');
const { medianChapterLength, measureOpening } = await load('src/core/classroom/measure-chapter.ts');
const { RESULT_CHAPTERS, RESULT_ROLES } = await load('src/core/classroom/class-result.ts');
const { exactMinutes, HOME_PACE, CLASSROOM_PACE } = await load('src/core/classroom/chapter-times.ts');

const compiled = compileInkFile(file);
if (!compiled.json) {
  console.error(compiled.errors.join('\n'));
  process.exit(1);
}
const engine = StoryEngine.fromJson(compiled.json, { lineBudgetMs: 60_000 });
const cell = (l) =>
  `${String(l.words).padStart(5)}w ${String(l.choices).padStart(3)}c ${exactMinutes(l, CLASSROOM_PACE).toFixed(1).padStart(4)}′`;
console.log(
  `${'chapter'.padEnd(15)} ${RESULT_ROLES.map((r) => r.padEnd(16)).join(' ')} ${'all roles'.padEnd(16)} home`,
);
const opening = measureOpening(engine, 17);
let home = exactMinutes(opening, HOME_PACE);
let classroom = exactMinutes(opening, CLASSROOM_PACE);
console.log(
  `${'opening'.padEnd(15)} ${' '.repeat(51)}${cell(opening)} ${exactMinutes(opening, HOME_PACE).toFixed(1).padStart(5)}′`,
);
const lengths = {};
for (const chapter of RESULT_CHAPTERS) {
  const perRole = RESULT_ROLES.map((role) => medianChapterLength(engine, chapter, [role], runs, telling));
  const all = medianChapterLength(engine, chapter, RESULT_ROLES, runs, telling);
  lengths[chapter] = all;
  home += exactMinutes(all, HOME_PACE);
  classroom += exactMinutes(all, CLASSROOM_PACE);
  console.log(
    `${chapter.padEnd(16)} ${perRole.map(cell).join(' ')} ${cell(all)} ${exactMinutes(all, HOME_PACE).toFixed(1).padStart(5)}′`,
  );
}
console.log(
  `whole story (opening, chapters I to VII, epilogue): ${classroom.toFixed(1)} min at the classroom pace, ${home.toFixed(1)} min at the home pace`,
);
const json = args.find((a) => a.startsWith('--json='))?.slice(7);
if (json) writeFileSync(json, JSON.stringify(lengths, null, 1));
console.log(
  telling === 'cut'
    ? 'classroom cut: target about 10 min a chapter at the classroom pace (the 45-minute lesson plan)'
    : 'targets: every chapter and role 15–20 min at the classroom pace; the whole story 60–90 min at the home pace',
);
