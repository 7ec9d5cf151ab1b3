// Verifier speed: runs the convergence verifier (tools/verify/verify.mjs) and reads its report's totals.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function measureVerifier(root, { run = true } = {}) {
  let wallMs = null;
  let exitCode = null;
  if (run) {
    const started = Date.now();
    const child = spawnSync('node', ['tools/verify/verify.mjs'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    wallMs = Date.now() - started;
    exitCode = child.status;
  }
  try {
    const report = JSON.parse(readFileSync(resolve(root, '.out/verify-report.json'), 'utf8'));
    const t = report.totals ?? {};
    return {
      ran: run,
      ok: report.ok,
      exitCode,
      wallMs,
      states: t.states,
      ms: t.ms,
      statesPerSecond: t.statesPerSecond,
      paths: t.paths,
      failures: report.failureCount,
    };
  } catch (error) {
    return { ran: run, ok: false, exitCode, wallMs, error: String(error) };
  }
}
