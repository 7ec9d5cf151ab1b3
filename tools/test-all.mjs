// `npm test`: every check the project has, in order, with one closing line "N passed, N failed".
// Steps: browser present → type check → lint → format → unit/content/ui tests (incl. the convergence verifier) → language
// parity → build → bundle check → byte budgets → end-to-end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('.out', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium (the project's test browser).`);
    return run('install chromium', 'bash', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation',
    ]);
  }
  console.error(`Chromium is missing: run "sudo apt-get install -y chromium" (Debian) and then "npm test" again.`);
  return false;
}

/** Reads a vitest JSON report: { passed, failed }. A missing report counts as one failure. */
function vitestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

let passed = 0;
let failed = 0;
const check = (ok) => (ok ? passed++ : failed++);

if (!ensureChromium()) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
check(
  run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) &&
    run('type check (core without DOM)', 'npx', ['tsc', '--noEmit', '-p', 'src/core/tsconfig.json']),
);
check(run('lint', 'node', ['tools/lint.mjs']));
check(run('format (Prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']));

run('unit, content and UI tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.out/vitest-unit.json',
]);
const unit = vitestCounts('.out/vitest-unit.json');
passed += unit.passed;
failed += unit.failed;

check(run('language parity (English and Spanish stories, same shape)', 'node', ['tools/i18n/parity.mjs']));
// The convergence verifier runs inside the content tests (tests/content/convergence.test.ts, same mode as
// `npm run verify`), so it is not run a second time here.

const built = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check(built);
if (built) check(run('bundle check (no eval, our origin only)', 'node', ['tools/check-bundle.mjs']));
if (built)
  check(
    run('byte budgets (JS before first text, all JS, chunk size, offline copy)', 'node', [
      'tools/bench/check-budgets.mjs',
    ]),
  );
if (built) {
  run('end-to-end in Chromium', 'npx', [
    'vitest',
    'run',
    '--config',
    'tests/e2e/vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.out/vitest-e2e.json',
  ]);
  const e2e = vitestCounts('.out/vitest-e2e.json');
  passed += e2e.passed;
  failed += e2e.failed;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
