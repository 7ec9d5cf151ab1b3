// The language parity check: every language's story compiles cleanly and has the shape of the first language's
// (knots, choices, diverts, logic, record beats, cite/scene/sound tags in the same places); only prose differs.
// The languages come from the registry, src/languages/languages.json (the first entry is the reference).
// Usage: node tools/i18n/parity.mjs → prints a report, exits non-zero on any difference.
// node tools/i18n/parity.mjs A.ink B.ink compares two given stories.
import { existsSync } from 'node:fs';
import { compileInkFile } from '../ink/compile-ink.mjs';
import { registryLanguages } from './registry.mjs';
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

/** Every registry language against the first: one result per other language. */
export function checkAllLanguages(languages = registryLanguages()) {
  const [reference, ...others] = languages;
  return others.map((lang) => ({ lang, ...checkParity(`story/${reference}/main.ink`, `story/${lang}/main.ink`) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = process.argv[2]
    ? [{ lang: process.argv[3], ...checkParity(process.argv[2], process.argv[3]) }]
    : checkAllLanguages();
  let total = 0;
  for (const { lang, ok, problems } of results) {
    for (const p of problems) console.error(p);
    total += problems.length;
    console.log(
      ok ? `parity: ${lang} has the shape of the reference story` : `parity: ${lang}: ${problems.length} problems`,
    );
  }
  process.exit(total === 0 ? 0 : 1);
}
