// Prints how long each chapter plays, per role and overall (median of seeded random readers from the chapter start
// to its pause), in the full telling and the classroom cut, at the classroom pace the teacher's guide uses and at the
// home reader's pace.
// Usage: node tools/chapter-minutes.mjs [story/en/main.ink] [--runs=N] [--json=FILE] [--cut | --full]
// (both tellings by default; --cut or --full measures one: the cut is ink's classroom_cut = true)
// (--json writes the all-roles lengths of both tellings, { full, cut }: the figures src/core/classroom/chapter-times.ts
// reads from chapter-lengths.json; after a story edit run it with --json=src/core/classroom/chapter-lengths.json)
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { compileInkFile } from './ink/compile-ink.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = resolve(root, args.find((a) => !a.startsWith('--')) ?? 'story/en/main.ink');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const json = args.find((a) => a.startsWith('--json='))?.slice(7);
const tellings =
  args.includes('--cut') && !json ? ['cut'] : args.includes('--full') && !json ? ['full'] : ['full', 'cut'];
const load = async (path) => (await runnerImport(resolve(root, path))).module;
const { StoryEngine } = await load('src/core/story/story-engine.ts');
const { medianChapterLength, measureOpening } = await load('src/core/classroom/measure-chapter.ts');
const { RESULT_CHAPTERS, RESULT_ROLES } = await load('src/core/classroom/class-result.ts');
const { exactMinutes, playingMinutes, roundedWords, HOME_PACE, CLASSROOM_PACE } = await load(
  'src/core/classroom/chapter-times.ts',
);

const compiled = compileInkFile(file);
if (!compiled.json) {
  console.error(compiled.errors.join('\n'));
  process.exit(1);
}
const engine = StoryEngine.fromJson(compiled.json, { lineBudgetMs: 60_000 });
const cell = (l) =>
  `${String(l.words).padStart(5)}w ${String(l.choices).padStart(3)}c ${exactMinutes(l, CLASSROOM_PACE).toFixed(1).padStart(4)}′`;
console.log(
  `classroom pace: ${CLASSROOM_PACE.wordsPerMinute} words a minute and ${CLASSROOM_PACE.secondsPerChoice} s a choice; ` +
    `home pace: ${HOME_PACE.wordsPerMinute} words a minute and ${HOME_PACE.secondsPerChoice} s a choice`,
);
const opening = measureOpening(engine, 17);
const lengths = {};
for (const telling of tellings) {
  console.log(`\n${telling === 'cut' ? 'CLASSROOM CUT (45-minute plan)' : 'FULL TELLING (90-minute plan, home)'}`);
  console.log(
    `${'chapter'.padEnd(15)} ${RESULT_ROLES.map((r) => r.padEnd(16)).join(' ')} ${'all roles'.padEnd(16)} home`,
  );
  let home = exactMinutes(opening, HOME_PACE);
  let classroom = exactMinutes(opening, CLASSROOM_PACE);
  console.log(
    `${'opening'.padEnd(15)} ${' '.repeat(51)}${cell(opening)} ${exactMinutes(opening, HOME_PACE).toFixed(1).padStart(5)}′`,
  );
  lengths[telling] = {};
  for (const chapter of RESULT_CHAPTERS) {
    const perRole = RESULT_ROLES.map((role) => medianChapterLength(engine, chapter, [role], runs, telling));
    const all = medianChapterLength(engine, chapter, RESULT_ROLES, runs, telling);
    lengths[telling][chapter] = all;
    home += exactMinutes(all, HOME_PACE);
    classroom += exactMinutes(all, CLASSROOM_PACE);
    console.log(
      `${chapter.padEnd(16)} ${perRole.map(cell).join(' ')} ${cell(all)} ${exactMinutes(all, HOME_PACE).toFixed(1).padStart(5)}′`,
    );
  }
  console.log(
    `whole story (opening, chapters I to VII, epilogue): ${classroom.toFixed(1)} min at the classroom pace, ${home.toFixed(1)} min at the home pace`,
  );
  console.log(
    telling === 'cut'
      ? 'target: about 10 min of reading a chapter at the classroom pace (the 45-minute lesson plan)'
      : 'targets: the whole story 60–90 min at the home pace; a chapter fits the 90-minute plan',
  );
}
if (json) writeFileSync(json, `${JSON.stringify(lengths, null, 2)}\n`);

// The rows of the guides' "Chapters and timing" tables (docs/teacher-guide.md, docs/es/teacher-guide.md), from these
// measurements: paste them in after a re-measure (tests/unit/classroom/chapter-times.test.ts checks they match).
if (lengths.full && lengths.cut) {
  const guides = [
    ['docs/teacher-guide.md', (await load('src/ui/strings/en.ts')).en, 'about', 'about'],
    ['docs/es/teacher-guide.md', (await load('src/ui/strings/es.ts')).es, 'unas', 'unos'],
  ];
  for (const [doc, strings, aboutWords, aboutMinutes] of guides) {
    console.log(`\nrows for ${doc}:`);
    for (const chapter of RESULT_CHAPTERS) {
      const cells = ['full', 'cut'].flatMap((t) => [
        `${aboutWords} ${roundedWords(lengths[t][chapter].words).toLocaleString('en-US')}`,
        `${aboutMinutes} ${playingMinutes(lengths[t][chapter])} min`,
      ]);
      console.log(`| ${strings.chapterNames[chapter] ?? chapter} | ${cells.join(' | ')} |`);
    }
  }
}
