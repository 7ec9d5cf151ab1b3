import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { DIST_DIR } from './dist-dir.ts';

/**
 * A private, complete copy of dist/ for one e2e file (dist/ may be rebuilt while suites run): copies until every
 * script and stylesheet index.html names is present.
 */
export function snapshotDist(copy: string): void {
  for (let attempt = 0; attempt < 10; attempt++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(DIST_DIR, copy, { recursive: true });
    const html = readFileSync(`${copy}/index.html`, 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    if (named.length > 0 && named.every((file) => existsSync(`${copy}/${file}`))) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000);
  }
  throw new Error(`${DIST_DIR} never held a complete build: run "npx vite build"`);
}
