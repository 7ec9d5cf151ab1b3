import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * A private, complete copy of dist/ for one e2e file (dist/ may be rebuilt while suites run): copies until every
 * script and stylesheet index.html names is present.
 */
export function snapshotDist(copy: string): void {
  for (let attempt = 0; attempt < 10; attempt++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync('dist', copy, { recursive: true });
    const html = readFileSync(`${copy}/index.html`, 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    if (named.length > 0 && named.every((file) => existsSync(`${copy}/${file}`))) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000);
  }
  throw new Error('dist/ never held a complete build: run "npx vite build"');
}
