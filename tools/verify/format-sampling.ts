// A short human summary of a SamplingReport (sampling.ts) for the terminal and CI logs. Its words say what
// sampling is: segments explored (exhaustively or up to the cap), paths walked; "proven" belongs to the proof.
import type { SamplingReport } from './sampling.ts';

export function formatSampling(report: SamplingReport): string {
  const t = report.totals;
  const w = report.walks;
  const lines = [
    `verify (sampling): ${report.ok ? 'PASS' : `FAIL (${report.failureCount} problems)`} in ${(t.ms / 1000).toFixed(1)} s, peak heap ${t.peakHeapMB} MB`,
    `  segments: ${t.states.toLocaleString('en-US')} states, ${t.merges.toLocaleString('en-US')} merged, ${t.statesPerSecond} states/s`,
    ...report.chapters.map(
      (c) =>
        `  ${c.chapter.padEnd(14)} ${c.proven}/${c.segments} segments explored exhaustively${c.capped ? ` (${c.capped} up to the cap)` : ''}; entries explored ${c.entriesExplored} of ${c.entriesSeen} seen; reads ${c.reads.join(', ') || '-'}`,
    ),
    `  walks: ${w.walks} (seed ${w.seed}), ${w.steps.toLocaleString('en-US')} steps, ${(w.ms / 1000).toFixed(1)} s; endings ${Object.entries(
      w.endings,
    )
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}`,
    ...(report.kiosk
      ? [
          `  kiosk (exhaustive): ${report.kiosk.states} states, ${report.kiosk.paths} paths, ${report.kiosk.ok ? 'ok' : 'FAIL'}`,
        ]
      : []),
    `  coverage: ${report.coverage.reached}/${report.coverage.choicePoints} choices taken; ${report.coverage.unreachable.length} of ${report.coverage.knots + report.coverage.stitches} knots/stitches not reached`,
    ...report.proven.map((p) => `  explored: ${p}`),
    ...report.sampled.map((s) => `  sampled: ${s}`),
    ...report.notes.map((n) => `  note: ${n}`),
    ...report.failures
      .slice(0, 15)
      .map((f) => `  ✗ [${f.kind}] ${f.start}: ${f.message}${f.replay ? `\n      replay: ${f.replay}` : ''}`),
  ];
  if (report.failures.length > 15) lines.push(`  … ${report.failureCount - 15} more in the report`);
  return lines.join('\n');
}
