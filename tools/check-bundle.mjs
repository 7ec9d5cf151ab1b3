// Checks the built game (dist/) for what the Content-Security-Policy forbids or a privacy review would flag:
// - JavaScript: no eval(, no new Function(, no Function("…") string constructor, no setTimeout/setInterval with a
//   string, with no exceptions (ALLOWED_CODE is empty).
// - JavaScript: no absolute http(s) URL except a short list of strings that are never fetched (XML namespaces,
//   Phaser's banner link).
// - HTML: no inline <script> body but a JSON data block (`type="application/json"`, never run: the page's story
//   table), which must parse and name only relative or same-origin URLs; no inline event handler, no style
//   attribute; every script src, link href, img src and the like is relative or same-origin.
// - CSS: every url() and @import is relative or data:.
// Usage: node tools/check-bundle.mjs [dir]. Exported for tests/unit/security/bundle.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/**
 * Exact strings that look like code construction but are known, reviewed and unreachable. Empty since Phaser is
 * built from source (its webpack `Function("return this")` shim is gone); add an exact pattern here only after review.
 */
export const ALLOWED_CODE = [];

/** Absolute URLs that appear in the bundle as plain strings and are never requested. */
export const ALLOWED_URLS = new Set([
  'http://www.w3.org/2000/svg', // SVG namespace (createElementNS)
  'http://www.w3.org/1999/xhtml', // XHTML namespace
  'https://phaser.io', // Phaser's console banner and default game URL string
  'https://phaser.io/',
]);

const JS_RULES = [
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function("…")', pattern: /(?<![\w$.])Function\s*\(\s*[`'"]/g },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g },
];

const URL_PATTERN = /\bhttps?:\/\/[^\s"'`()<>\\,;]+/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

function excerpt(text, index) {
  return text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');
}

/** Problems in one JavaScript file's text. */
export function checkScript(file, text) {
  const problems = [];
  let cleaned = text;
  for (const allowed of ALLOWED_CODE) cleaned = cleaned.replace(allowed, (match) => ' '.repeat(match.length));
  for (const rule of JS_RULES) {
    for (const match of cleaned.matchAll(rule.pattern)) {
      problems.push({ file, line: lineOf(text, match.index), rule: rule.name, excerpt: excerpt(text, match.index) });
    }
  }
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.]+$/, '');
    if (!ALLOWED_URLS.has(url))
      problems.push({ file, line: lineOf(text, match.index), rule: 'other-origin URL', excerpt: url });
  }
  return problems;
}

/** A reference in HTML or CSS is fine when it stays on our origin: relative, root-relative, #fragment or data:. */
export function isOwnReference(value) {
  const v = value.trim();
  if (v === '' || v.startsWith('#') || v.startsWith('data:')) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) return false; // any scheme or protocol-relative URL
  return true;
}

/** A JSON data block's value; null when it does not parse (then it is treated as an inline script). */
function jsonData(body) {
  try {
    return { value: JSON.parse(body) };
  } catch {
    return null;
  }
}

/** Every string inside a parsed JSON value. */
function* strings(data) {
  const stack = [data.value];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') yield value;
    else if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
}

/** Problems in one HTML file's text. */
export function checkHtml(file, text) {
  const problems = [];
  const add = (index, rule, what) => problems.push({ file, line: lineOf(text, index), rule, excerpt: what });
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(match[1]) || match[2].trim() === '') continue;
    const data = /\btype\s*=\s*["']application\/json["']/i.test(match[1]) ? jsonData(match[2]) : null;
    if (data === null) add(match.index, 'inline script', excerpt(text, match.index));
    else
      for (const value of strings(data))
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value.trim()) && !isOwnReference(value))
          add(match.index, 'other-origin reference', value);
  }
  for (const match of text.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi))
    add(match.index, 'inline event handler', match[1]);
  for (const match of text.matchAll(/<[a-z][^>]*\sstyle\s*=/gi))
    add(match.index, 'style attribute', excerpt(text, match.index));
  for (const match of text.matchAll(/\s(src|href|action|formaction|poster|srcset)\s*=\s*["']([^"']*)["']/gi)) {
    if (!isOwnReference(match[2])) add(match.index, 'other-origin reference', `${match[1]}=${match[2]}`);
  }
  return problems;
}

/** Problems in one CSS file's text. */
export function checkCss(file, text) {
  const problems = [];
  for (const match of text.matchAll(/url\(\s*["']?([^"')]*)["']?\s*\)/gi)) {
    if (!isOwnReference(match[1]))
      problems.push({ file, line: lineOf(text, match.index), rule: 'other-origin reference', excerpt: match[1] });
  }
  for (const match of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]*)/gi)) {
    if (!isOwnReference(match[1]))
      problems.push({ file, line: lineOf(text, match.index), rule: 'other-origin import', excerpt: match[1] });
  }
  return problems;
}

/** Checks every .js/.mjs, .html and .css file under dir. Throws if dir has no index.html (nothing was built). */
export function checkBundle(dir = 'dist') {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/index.html not found: build first ("npx vite build")`);
  const problems = [];
  const counts = { js: 0, html: 0, css: 0 };
  for (const full of walk(dir)) {
    const file = relative(dir, full).split(sep).join('/');
    const ext = extname(full);
    if (ext === '.js' || ext === '.mjs') {
      counts.js++;
      problems.push(...checkScript(file, readFileSync(full, 'utf8')));
    } else if (ext === '.html') {
      counts.html++;
      problems.push(...checkHtml(file, readFileSync(full, 'utf8')));
    } else if (ext === '.css') {
      counts.css++;
      problems.push(...checkCss(file, readFileSync(full, 'utf8')));
    }
  }
  return { counts, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  try {
    const { counts, problems } = checkBundle(dir);
    for (const p of problems) console.error(`${p.file}:${p.line}: [${p.rule}] ${p.excerpt}`);
    console.log(
      `check-bundle: ${counts.js} scripts, ${counts.html} pages, ${counts.css} stylesheets, ${problems.length} problems`,
    );
    process.exit(problems.length === 0 ? 0 : 1);
  } catch (error) {
    console.error(`check-bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
