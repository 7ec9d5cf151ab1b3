// Project lint: the safety rules as plain text checks over the sources, the architecture's import bans (defined
// once in tools/lint/layers.mjs and checked through ESLint's Linter), and, run directly, ESLint over the whole tree
// (eslint.config.js: typescript-eslint strict + stylistic, type-checked, with the same layer bans).
// Exported for the architecture test; run directly it prints each violation and exits non-zero.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './lint/layers.mjs';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Rules: [applies to path?, test(file text, specifiers) → message | null]. */
export const RULES = [
  {
    name: 'text-not-html',
    applies: (path) => path.startsWith('src/'),
    check: (text) =>
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(text)
        ? 'inserts HTML (story text must go in as text)'
        : null,
  },
  {
    name: 'no-eval',
    applies: (path) => path.startsWith('src/'),
    check: (text) => (/\beval\(|new Function\(/.test(text) ? 'uses eval or new Function (the CSP forbids them)' : null),
  },
  {
    name: 'no-other-origin',
    applies: (path) => path.startsWith('src/'),
    check: (text) =>
      /\b(fetch|import)\(\s*['"`]https?:\/\//.test(text) || /\bnew WebSocket\(/.test(text)
        ? 'reaches another origin'
        : null,
  },
  {
    name: 'no-focused-or-skipped-tests',
    applies: (path) => path.startsWith('tests/'),
    check: (text) =>
      /\b(it|test|describe)\.(only|skip|todo)\(|\bx(it|describe)\(/.test(text)
        ? 'has a focused, skipped or todo test'
        : null,
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

/** The layer bans alone, for checking one text without type information (ESLint's Linter, synchronous). */
const LAYER_LINT = [
  {
    files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  ...layerConfigs(),
];
const linter = new Linter({ configType: 'flat' });

/** The layer bans broken by one file's text (rule name from tools/lint/layers.mjs). */
function layerViolations(path, text) {
  return linter
    .verify(text, LAYER_LINT, { filename: path })
    .map((m) => ({ rule: m.ruleId === null ? 'parse' : 'layers', path, message: m.message }));
}

/** Lints one file's text as if it lived at `path` (relative, with forward slashes): text rules and layer bans. */
export function lintText(path, text) {
  const specs = specifiers(text);
  const textRules = RULES.filter((rule) => rule.applies(path))
    .map((rule) => ({ rule: rule.name, path, message: rule.check(text, specs) }))
    .filter((v) => v.message !== null);
  return [...textRules, ...layerViolations(path, text)];
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

/** ESLint over src, tools, tests and the config files, with eslint.config.js; returns the error count. */
export async function runEslint() {
  const eslint = new ESLint();
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  const text = await formatter.format(results);
  if (text) console.error(text);
  return results.reduce((sum, r) => sum + r.errorCount + r.fatalErrorCount, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, violations } = lintTree();
  for (const v of violations) console.error(`${v.path}: [${v.rule}] ${v.message}`);
  const eslintErrors = await runEslint();
  console.log(`lint: ${files} files, ${violations.length} problems; eslint: ${eslintErrors} errors`);
  process.exit(violations.length === 0 && eslintErrors === 0 ? 0 : 1);
}
