// The language parity check: English and Spanish stories compile cleanly and have the same shape (knots,
// choices, diverts, logic, record beats, cite/scene/sound tags in the same places); only prose differs.
// Usage: node tools/i18n/parity.mjs → prints a report, exits non-zero on any difference.
import { existsSync } from 'node:fs';
import { compileInkFile } from '../ink/compile-ink.mjs';
import { firstDifference, storyShape } from './story-shape.mjs';

export function checkParity(first = 'story/en/main.ink', second = 'story/es/main.ink') {
  if (!existsSync(second)) return { ok: false, problems: [`${second} does not exist`] };
  const a = compileInkFile(first);
  const b = compileInkFile(second);
  const problems = [
    ...a.errors.map((m) => `${first}: ${m}`),
    ...a.warnings.map((m) => `${first}: ${m}`),
    ...b.errors.map((m) => `${second}: ${m}`),
    ...b.warnings.map((m) => `${second}: ${m}`),
  ];
  if (a.json && b.json) {
    const difference = firstDifference(storyShape(a.json), storyShape(b.json));
    if (difference) problems.push(`the stories differ in shape at ${difference}`);
  }
  return { ok: problems.length === 0, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok, problems } = checkParity(process.argv[2], process.argv[3]);
  for (const p of problems) console.error(p);
  console.log(ok ? 'parity: English and Spanish stories have the same shape' : `parity: ${problems.length} problems`);
  process.exit(ok ? 0 : 1);
}
