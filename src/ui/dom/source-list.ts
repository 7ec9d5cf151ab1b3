import type { SourceRef } from '../../core/record/debrief-types.ts';
import { el } from './el.ts';

/** Sources as a compact list: short form, full citation, and a caution for partisan or propaganda sources. */
export function sourceList(sources: readonly SourceRef[], label: string): HTMLElement | null {
  if (sources.length === 0) return null;
  return el(
    'div',
    { className: 'sources' },
    el('span', { className: 'sources-label' }, label),
    el(
      'ul',
      {},
      ...sources.map((s) =>
        el(
          'li',
          { attrs: { 'data-source': s.id } },
          el('cite', {}, s.citation),
          s.caution ? el('span', { className: 'caution' }, ` ${s.caution}`) : null,
        ),
      ),
    ),
  );
}
