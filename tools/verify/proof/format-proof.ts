// Human lines for a ProofReport: the closing line per language (`proof en: 25/25 segments proven …`) and details.
import type { SegmentResult } from './beat-flow.ts';
import type { ProofReport } from './prove-story.ts';

const provenOrNot = (report: ProofReport, part: SegmentResult): boolean =>
  part.failures.length === 0 && report.global.length === 0;

/** The one closing line for a language, e.g. `proof en: 25/25 segments proven for all entry states, 0 sampled, …`. */
export function proofLine(lang: string, report: ProofReport, seconds: number): string {
  const sampled = report.total - report.proven;
  const kioskProven = report.kiosk !== null && provenOrNot(report, report.kiosk);
  const kiosk = report.kiosk === null ? 'no kiosk' : kioskProven ? 'kiosk proven' : 'kiosk NOT proven';
  const whole = provenOrNot(report, report.whole) ? 'whole story proven' : 'whole story NOT proven';
  const segments = `${report.proven}/${report.total} segments proven for all entry states`;
  return `proof ${lang}: ${segments}, ${sampled} sampled, ${kiosk}, ${whole}, ${seconds.toFixed(1)} s`;
}

function segmentLine(s: SegmentResult): string {
  const verdict = s.failures.length === 0 ? 'proven' : `FAIL ×${s.failures.length}`;
  return `  ${s.id.padEnd(24)} ${verdict}: ${s.exits} exits, ${s.endings} endings, ${s.states} abstract states`;
}

/**
 * The proof's details: what was checked, the refinement, and each failure with its file, line and conditions.
 * `cpuMs` is the CPU time the proof took.
 */
export function formatProof(lang: string, report: ProofReport, cpuMs: number): string {
  const parts = [...report.segments, ...(report.kiosk ? [report.kiosk] : []), report.whole];
  const states = parts.reduce((sum, s) => sum + s.states, 0);
  const verdict = report.ok ? 'PASS' : `FAIL (${report.failures.length} problems)`;
  const refinement = report.roleRefinement.proven ? 'proven' : 'NOT proven (chapters proven with the role unknown)';
  const { reached, total, unreached } = report.choicePoints;
  const loops = report.global.length === 0 ? 'every cycle takes a once-only choice' : `${report.global.length} do not`;
  const lines = [
    `proof ${lang}: ${verdict} in ${(cpuMs / 1000).toFixed(1)} s CPU: ` +
      `${report.nodes.toLocaleString('en-US')} flow nodes, ${states.toLocaleString('en-US')} abstract states`,
    `  role refinement ${refinement}: ${report.roleRefinement.reason}`,
    `  choice points on the proof's paths: ${reached}/${total}` +
      (unreached.length > 0 ? ` (not: ${unreached.slice(0, 8).join(', ')})` : ''),
    `  loops: ${loops}`,
    ...parts.map(segmentLine),
  ];
  for (const f of report.failures.slice(0, 15)) {
    lines.push(`  ✗ [${f.kind}] ${f.segment}: ${f.message}${f.beat ? ` [beat ${f.beat}]` : ''}`);
    for (const c of f.decisive) lines.push(`      because ${c}`);
    for (const c of f.chain.filter((x) => !f.decisive.includes(x)).slice(-6)) lines.push(`      if ${c}`);
  }
  if (report.failures.length > 15) lines.push(`  … ${report.failures.length - 15} more in the report`);
  return lines.join('\n');
}
