// Text output of the consequence measure: a per-chapter table and the one closing line per language.
import type { ConsequenceReport, SegmentConsequences } from './analyse-consequences.ts';

const percent = (part: number, whole: number): string => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));

function row(s: SegmentConsequences, laterChapter: boolean): string {
  const cells = [
    s.segment.padEnd(14),
    String(s.choices).padStart(7),
    `${String(s.later).padStart(5)} ${percent(s.later, s.choices).padStart(5)} %`,
    laterChapter ? `${String(s.laterChapter).padStart(5)} ${percent(s.laterChapter, s.choices).padStart(5)} %` : '     —         ',
    `${s.kindsRead.length} ${s.kindsRead.join(', ') || '—'}`,
  ];
  return cells.join('  ');
}

/** The per-chapter table (the kiosk after the total, not in it); with `listQuiet`, the choices with no consequence. */
export function formatConsequences(lang: string, report: ConsequenceReport, listQuiet = false): string {
  const out = [
    `consequences ${lang}: per chapter (a choice counts once; the kiosk cut is measured apart, not in the total)`,
    `${'chapter'.padEnd(14)}  choices  later          later chapter    kinds of state read`,
  ];
  for (const s of report.segments) out.push(row(s, true));
  const t = report.total;
  out.push(row({ segment: 'total', ...t, kindsRead: [] }, true).replace(/0 —$/, ''));
  if (report.kiosk) out.push(row(report.kiosk, false));
  if (listQuiet) {
    out.push(`choices of ${lang} without a later visible consequence:`);
    for (const c of report.choices) if (!c.later) out.push(`  ${c.file ?? '?'}:${c.line ?? '?'}`);
  }
  return out.join('\n');
}

/** `consequences en: 63.5 % of 641 choices later, 27.0 % in a later chapter, fewest kinds of state read by a chapter: 3` */
export function consequenceLine(lang: string, report: ConsequenceReport): string {
  const t = report.total;
  return (
    `consequences ${lang}: ${percent(t.later, t.choices)} % of ${t.choices} choices later, ` +
    `${percent(t.laterChapter, t.choices)} % in a later chapter, ` +
    `fewest kinds of state read by a chapter: ${report.fewestKinds?.count ?? 0}`
  );
}
