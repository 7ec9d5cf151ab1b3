// Project lint: the architecture's import bans and the safety rules, as plain text checks over the sources.
// Exported for the architecture test; run directly it prints each violation and exits non-zero.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Rules: [applies to path?, test(file text, specifiers) → message | null]. */
export const RULES = [
  {
    name: 'core-is-pure',
    applies: (path) => path.startsWith('src/core/'),
    check: (_text, specs) =>
      specs.find((s) => /^(phaser|howler)$/.test(s) || /\/(app|adapters|ui)\//.test(s) || /^\.\.\/\.\.\/(app|adapters|ui)\b/.test(s))
        ? `core imports a browser-side module (${specs.find((s) => /phaser|howler|app|adapters|ui/.test(s))})`
        : null,
  },
  {
    name: 'one-module-touches-inkjs',
    applies: (path) => path.startsWith('src/') && path !== 'src/core/story/story-engine.ts',
    check: (_text, specs) => (specs.some((s) => s === 'inkjs' || s.startsWith('inkjs/')) ? 'imports inkjs (only src/core/story/story-engine.ts may)' : null),
  },
  {
    name: 'ui-never-touches-ink',
    applies: (path) => path.startsWith('src/ui/'),
    check: (_text, specs) => (specs.some((s) => /core\/story\/story-engine/.test(s)) ? 'the UI imports the story engine' : null),
  },
  {
    name: 'text-not-html',
    applies: (path) => path.startsWith('src/'),
    check: (text) => (/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(text) ? 'inserts HTML (story text must go in as text)' : null),
  },
  {
    name: 'no-eval',
    applies: (path) => path.startsWith('src/'),
    check: (text) => (/\beval\(|new Function\(/.test(text) ? 'uses eval or new Function (the CSP forbids them)' : null),
  },
  {
    name: 'no-other-origin',
    applies: (path) => path.startsWith('src/'),
    check: (text) => (/\b(fetch|import)\(\s*['"`]https?:\/\//.test(text) || /\bnew WebSocket\(/.test(text) ? 'reaches another origin' : null),
  },
  {
    name: 'no-focused-or-skipped-tests',
    applies: (path) => path.startsWith('tests/'),
    check: (text) => (/\b(it|test|describe)\.(only|skip|todo)\(|\bx(it|describe)\(/.test(text) ? 'has a focused, skipped or todo test' : null),
  },
];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(ts|mts|mjs|js)$/.test(name)) yield full;
  }
}

export function specifiers(text) {
  const found = [];
  for (const match of text.matchAll(IMPORT)) found.push(match[1] ?? match[2]);
  return found;
}

/** Lints one file's text as if it lived at `path` (relative, with forward slashes). */
export function lintText(path, text) {
  const specs = specifiers(text);
  return RULES.filter((rule) => rule.applies(path))
    .map((rule) => ({ rule: rule.name, path, message: rule.check(text, specs) }))
    .filter((v) => v.message !== null);
}

export function lintTree(root = process.cwd()) {
  const violations = [];
  let files = 0;
  for (const top of ['src', 'tests']) {
    let entries;
    try {
      entries = [...walk(join(root, top))];
    } catch {
      continue;
    }
    for (const file of entries) {
      files++;
      const path = relative(root, file).split(sep).join('/');
      violations.push(...lintText(path, readFileSync(file, 'utf8')));
    }
  }
  return { files, violations };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, violations } = lintTree();
  for (const v of violations) console.error(`${v.path}: [${v.rule}] ${v.message}`);
  console.log(`lint: ${files} files, ${violations.length} problems`);
  process.exit(violations.length === 0 ? 0 : 1);
}
