// A short human summary of a VerifyReport for the terminal and CI logs.
import type { VerifyReport } from './verify-story.ts';

const n = (x: number): string => (x >= 1e6 ? x.toExponential(2) : x.toLocaleString('en-US'));

export function formatSummary(report: VerifyReport): string {
  const t = report.totals;
  const lines = [
    `verify: ${report.ok ? 'PASS' : `FAIL (${report.failureCount} problems)`}`,
    `  ${n(t.states)} states explored, ${n(t.merges)} merged, ${n(t.memoEntries)} memo entries (${n(t.baseKeys)} base keys), ` +
      `${n(t.steps)} steps, ${n(t.paths)} complete paths, ${(t.ms / 1000).toFixed(1)} s, ${n(t.statesPerSecond)} states/s`,
    `  coverage: ${report.coverage.knots} knots, ${report.coverage.stitches} stitches, ${report.coverage.choicePoints} choice points; ` +
      `${report.coverage.unreachable.length} unreachable, ${report.coverage.untakenChoices.length} choices never taken`,
    ...report.starts.map(
      (s) =>
        `  ${s.ok ? 'ok  ' : 'FAIL'} ${s.id.padEnd(24)} ${n(s.states).padStart(8)} states ${n(s.merges).padStart(8)} merges ` +
        `${n(s.paths).padStart(10)} paths  ${s.ms} ms  endings: ${s.endings.join(', ') || 'none'}`,
    ),
    ...report.notes.map((note) => `  note: ${note}`),
    ...report.failures
      .slice(0, 15)
      .map(
        (f) =>
          `  ✗ [${f.kind}]${f.start ? ` ${f.start}:` : ''} ${f.message}${f.path.length ? `\n      via: ${f.path.join(' → ')}` : ''}`,
      ),
  ];
  if (report.failures.length > 15) lines.push(`  … ${report.failureCount - 15} more in the report`);
  return lines.join('\n');
}
