import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOWED_CODE,
  checkBundle,
  checkCss,
  checkHtml,
  checkScript,
  type BundleProblem,
} from '../../../tools/check-bundle.mjs';

/** Builds the game into a private folder: never touches dist/, which an e2e run may be serving. */
let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'avenida-bundle-'));
  const result = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`the build failed, so the bundle cannot be checked:\n${result.stderr}${result.stdout}`);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built bundle', () => {
  it('contains no eval, no code built from strings and no other-origin URL in any script, page or stylesheet', () => {
    const { counts, problems } = checkBundle(out);
    expect(counts.js).toBeGreaterThan(3);
    expect(counts.html).toBe(1);
    expect(problems.map((p) => `${p.file}: [${p.rule}] ${p.excerpt}`)).toEqual([]);
  });

  it('has no exceptions to allow: not even Phaser builds code from strings', () => {
    expect(ALLOWED_CODE).toEqual([]);
    const phaser = readdirSync(join(out, 'assets')).find((f) => /^phaser-.*\.js$/.test(f));
    expect(phaser).toBeDefined();
    expect(readFileSync(join(out, 'assets', phaser!), 'utf8')).not.toMatch(/(?<![\w$.])Function\(|\beval\(/);
  });

  it('loads every script and stylesheet from a relative address on our origin', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) expect(ref).toMatch(/^(\.\/assets\/|data:,$)/);
  });
});

describe('check-bundle finds what it is meant to find', () => {
  const rules = (problems: BundleProblem[]) => problems.map((p) => p.rule);

  it('flags eval, new Function, a Function string and a string timer', () => {
    expect(rules(checkScript('a.js', 'x=eval("1")'))).toEqual(['eval']);
    expect(rules(checkScript('a.js', 'x=new Function("a","return a")'))).toEqual(['new Function', 'Function("…")']);
    expect(rules(checkScript('a.js', 'x=Function(`return 1`)()'))).toEqual(['Function("…")']);
    expect(rules(checkScript('a.js', 'setTimeout("alert(1)",9)'))).toEqual(['string timer']);
    expect(checkScript('a.js', 'obj.evaluate(1); x.eval2(); setTimeout(() => 1, 9); isFunction(x)')).toEqual([]);
  });

  it('flags the webpack globalThis shim too, now that nothing is allowed', () => {
    const shim =
      'g=(function(){if(typeof globalThis==`object`)return globalThis;try{return this||Function(`return this`)()}catch(e){}})()';
    expect(rules(checkScript('phaser.js', shim))).toEqual(['Function("…")']);
  });

  it('flags other-origin URLs in scripts, pages and stylesheets', () => {
    expect(rules(checkScript('a.js', 'fetch("https://analytics.example/collect")'))).toEqual(['other-origin URL']);
    expect(checkScript('a.js', 'document.createElementNS("http://www.w3.org/2000/svg","svg")')).toEqual([]);
    expect(rules(checkHtml('index.html', '<script type="module" src="https://cdn.example/x.js"></script>'))).toEqual([
      'other-origin reference',
    ]);
    expect(rules(checkHtml('index.html', '<link rel="stylesheet" href="//fonts.example/css">'))).toEqual([
      'other-origin reference',
    ]);
    expect(rules(checkCss('a.css', '@font-face{src:url(https://fonts.example/a.woff2)}'))).toEqual([
      'other-origin reference',
    ]);
    expect(rules(checkCss('a.css', '@import "https://fonts.example/css";'))).toEqual(['other-origin import']);
    expect(checkCss('a.css', '@font-face{src:url(./a.woff2) format("woff2"),url(data:font/woff2;base64,AA)}')).toEqual(
      [],
    );
  });

  it("accepts the page's JSON data block when it parses and names only our own files", () => {
    const table = '{"languages":["en"],"stories":{"en":{"url":"./assets/story-en-0123abcd.json","hash":"x"}}}';
    expect(checkHtml('index.html', `<script type="application/json" id="stories">${table}</script>`)).toEqual([]);
    const elsewhere = '{"stories":{"en":{"url":"https://cdn.example/story.json"}}}';
    expect(rules(checkHtml('index.html', `<script type="application/json">${elsewhere}</script>`))).toEqual([
      'other-origin reference',
    ]);
  });

  it('flags inline script, inline handlers and style attributes in pages', () => {
    expect(rules(checkHtml('index.html', '<script>alert(1)</script>'))).toEqual(['inline script']);
    expect(rules(checkHtml('index.html', '<script type="application/json">alert(1)</script>'))).toEqual([
      'inline script',
    ]);
    expect(rules(checkHtml('index.html', '<img src="a.png" onerror="alert(1)">'))).toEqual(['inline event handler']);
    expect(rules(checkHtml('index.html', '<div style="color:red"></div>'))).toEqual(['style attribute']);
    expect(
      checkHtml('index.html', '<script type="module" src="./assets/a.js"></script><a href="#story">skip</a>'),
    ).toEqual([]);
  });

  it('fails clearly when there is nothing built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'avenida-empty-'));
    try {
      expect(() => checkBundle(empty)).toThrow(/index\.html not found: build first/);
      mkdirSync(join(empty, 'assets'));
      writeFileSync(join(empty, 'index.html'), '<script src="./assets/a.js"></script>');
      writeFileSync(join(empty, 'assets', 'a.js'), 'eval(location.hash)');
      expect(rules(checkBundle(empty).problems)).toEqual(['eval']);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
