import type { GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { ClassroomStrings } from '../../strings/en-classroom.ts';
import { el } from '../el.ts';

/** Short source names by id (from story/record/sources.json). */
export type SourceNames = ReadonlyMap<string, string>;

/** The glossary as a definition list: each term, our definition, and the sources behind it. */
export function glossaryView(
  entries: readonly GlossaryEntry[],
  sources: SourceNames,
  t: ClassroomStrings,
): HTMLElement {
  // Sorted in the language of the page (<html lang>, set at boot from the registry), as a reader of it expects.
  const locale = document.documentElement.lang || undefined;
  const key = (entry: GlossaryEntry) => entry.term.replace(/^\W+/, '');
  const sorted = [...entries].sort((a, b) => key(a).localeCompare(key(b), locale));
  return el(
    'div',
    { className: 'glossary' },
    el('p', { className: 'lead' }, t.glossaryIntro),
    el(
      'dl',
      {},
      ...sorted.flatMap((entry) => [
        el('dt', { id: `gloss-${entry.id}`, attrs: { tabindex: '-1' } }, entry.term),
        el(
          'dd',
          { attrs: { 'data-gloss-entry': entry.id } },
          el('p', {}, entry.definition),
          el(
            'p',
            { className: 'sources' },
            `${t.sourcesLabel} ${entry.sources.map((id) => sources.get(id) ?? id).join('; ')}`,
          ),
        ),
      ]),
    ),
  );
}
