// Human lines for a ProofReport: the closing line per language (`proof en: 25/25 segments proven …`) and details.
import type { ProofReport } from './prove-story.ts';

/** The one closing line for a language, e.g. `proof en: 25/25 segments proven for all entry states, 0 sampled, …`. */
export function proofLine(lang: string, report: ProofReport, seconds: number): string {
  const sampled = report.total - report.proven;
  const kiosk = report.kiosk === null ? 'no kiosk' : report.kiosk.failures.length === 0 && report.global.length === 0 ? 'kiosk proven' : 'kiosk NOT proven';
  const whole = report.whole.failures.length === 0 && report.global.length === 0 ? 'whole story proven' : 'whole story NOT proven';
  const segments = `${report.proven}/${report.total} segments proven for all entry states`;
  return `proof ${lang}: ${segments}, ${sampled} sampled, ${kiosk}, ${whole}, ${seconds.toFixed(1)} s`;
}

/** The proof's details: what was checked, the refinement, and each failure with its file, line and conditions. */
export function formatProof(lang: string, report: ProofReport, ms: number): string {
  const states = report.segments.reduce((sum, s) => sum + s.states, 0) + (report.kiosk?.states ?? 0) + report.whole.states;
  const lines = [
    `proof ${lang}: ${report.ok ? 'PASS' : `FAIL (${report.failures.length} problems)`} in ${(ms / 1000).toFixed(1)} s: ` +
      `${report.nodes.toLocaleString('en-US')} flow nodes, ${states.toLocaleString('en-US')} abstract states`,
    `  role refinement: ${report.roleRefinement.proven ? 'proven' : 'NOT proven (chapters proven with the role unknown)'}: ${report.roleRefinement.reason}`,
    `  loops: ${report.global.length === 0 ? 'every cycle takes a once-only choice' : `${report.global.length} without a once-only choice`}`,
    ...report.segments.map((s) => `  ${s.id.padEnd(24)} ${s.failures.length === 0 ? 'proven' : `FAIL ×${s.failures.length}`}: ${s.exits} exits, ${s.endings} endings, ${s.states} states`),
    ...(report.kiosk ? [`  ${report.kiosk.id.padEnd(24)} ${report.kiosk.failures.length === 0 ? 'proven' : 'FAIL'}: ${report.kiosk.endings} endings`] : []),
    `  ${'whole story'.padEnd(24)} ${report.whole.failures.length === 0 ? 'proven' : 'FAIL'}: ${report.whole.endings} endings`,
  ];
  for (const f of report.failures.slice(0, 15)) {
    lines.push(`  ✗ [${f.kind}] ${f.segment}: ${f.message}${f.beat ? ` [beat ${f.beat}]` : ''}`);
    for (const c of f.chain.slice(-8)) lines.push(`      if ${c}`);
  }
  if (report.failures.length > 15) lines.push(`  … ${report.failures.length - 15} more in the report`);
  return lines.join('\n');
}
