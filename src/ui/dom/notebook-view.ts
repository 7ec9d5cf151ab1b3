import type { Notebook } from '../../core/notebook/notebook-types.ts';
import type { SourceRef } from '../../core/record/debrief-types.ts';
import { el } from './el.ts';
import type { NotebookStrings } from './notebook/notebook-strings.ts';
import './notebook/notebook.css';

/** Which telling: everything (home and classroom), or the kiosk's short one (its cut keeps no knowledge or trust). */
export type NotebookVariant = 'full' | 'kiosk';

export interface NotebookViewOptions {
  readonly t: NotebookStrings;
  /** Chapter names by checkpoint id, in the page's language (the interface strings' chapterNames). */
  readonly chapterNames: Readonly<Record<string, string>>;
  readonly variant: NotebookVariant;
  /** Prefix for heading ids: the notebook and the debrief can be in the page at once. */
  readonly idPrefix: string;
  /** Leave out sources and the real house's notes (the debrief's short form; the long form has them). */
  readonly brief?: boolean;
}

/** Sources by their short names, each a <cite> with its id; a caution said in words, never by colour alone. */
export function shortSources(sources: readonly SourceRef[], t: NotebookStrings): HTMLElement | null {
  if (sources.length === 0) return null;
  const items = sources.flatMap((s, i) => [
    i > 0 ? '; ' : '',
    el('cite', { attrs: { 'data-source': s.id, title: s.citation } }, s.short),
    s.caution ? ` (${t.withCaution})` : '',
  ]);
  return el('p', { className: 'sources' }, el('span', { className: 'sources-label' }, `${t.sourcesLabel} `), ...items);
}

function section(id: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return el('section', { attrs: { 'aria-labelledby': id } }, el('h3', { id }, title), ...children);
}

/** The notebook as DOM, in reading order: learned, proposals, people. Words only; no number about a person. */
export function notebookView(notebook: Notebook, options: NotebookViewOptions): HTMLElement {
  const { t, chapterNames, variant, idPrefix, brief = false } = options;
  const chapter = (id: string) => chapterNames[id] ?? id;
  const root = el('div', { className: `notebook notebook-${variant}` });

  if (variant === 'full' && brief) {
    const topics = notebook.learned.map((k) => t.knowledge[k.id]?.topic ?? k.id);
    root.append(
      section(
        `${idPrefix}-learned`,
        t.learnedTitle,
        el(
          'p',
          { attrs: { 'data-known': notebook.learned.map((k) => k.id).join(' ') } },
          topics.length > 0 ? `${t.learnedAbout} ${topics.join('; ')}.` : t.learnedNone,
        ),
      ),
    );
  } else if (variant === 'full') {
    const learned = notebook.learned.map((k) => {
      const words = t.knowledge[k.id];
      const text = [words?.text, k.later ? words?.later : undefined].filter(Boolean).join(' ');
      const sources = brief ? [] : [...k.sources, ...(k.later?.sources ?? [])];
      const unique = sources.filter((s, i) => sources.findIndex((o) => o.id === s.id) === i);
      return el('li', { attrs: { 'data-known': k.id } }, el('p', {}, text), shortSources(unique, t));
    });
    root.append(
      section(
        `${idPrefix}-learned`,
        t.learnedTitle,
        learned.length > 0 ? el('ul', { className: 'notebook-list' }, ...learned) : el('p', {}, t.learnedNone),
      ),
    );
  }

  const adopted = notebook.adopted.map((m) =>
    el(
      'li',
      { attrs: { 'data-measure': m.id } },
      el(
        'p',
        {},
        el('strong', {}, m.label),
        // The kiosk's visit is one chapter: naming it would say nothing.
        variant === 'kiosk' ? '' : ` (${t.adoptedWhen(m.chapter === null ? null : chapter(m.chapter))})`,
      ),
      brief || variant === 'kiosk' ? null : el('p', { className: 'note' }, `${t.inRealHouse} ${m.note}`),
      brief || variant === 'kiosk' ? null : shortSources(m.sources, t),
    ),
  );
  const refused = notebook.refused.map((r) => {
    const when = t.refusedWhen(r.chapters.map(chapter));
    return el(
      'li',
      { attrs: { 'data-refused': r.id } },
      el('p', {}, el('strong', {}, r.attempt), when && variant === 'full' && !brief ? ` (${when})` : ''),
      el('p', {}, brief ? opening(r.reason) : r.reason),
      brief ? null : shortSources(r.sources, t),
    );
  });
  const none = adopted.length === 0 && refused.length === 0 && !notebook.otherRefusals;
  root.append(
    section(
      `${idPrefix}-proposals`,
      t.proposalsTitle,
      none ? el('p', {}, t.proposalsNone) : null,
      adopted.length > 0 ? el('h4', {}, t.adoptedTitle) : null,
      adopted.length > 0 ? el('ul', { className: 'notebook-list' }, ...adopted) : null,
      refused.length > 0 ? el('h4', {}, t.refusedTitle) : null,
      refused.length > 0 ? el('ul', { className: 'notebook-list' }, ...refused) : null,
      notebook.otherRefusals ? el('p', {}, t.otherRefusals) : null,
      adopted.length > 0 && !brief ? el('p', { className: 'note' }, t.whoProposedNote) : null,
    ),
  );

  if (variant === 'full') {
    root.append(
      section(
        `${idPrefix}-people`,
        t.peopleTitle,
        el(
          'ul',
          { className: 'notebook-list notebook-people' },
          ...notebook.people.map((p) =>
            el('li', { attrs: { 'data-person': p.key, 'data-level': p.level } }, t.people[p.key][p.level]),
          ),
        ),
        el('p', {}, t.letters[notebook.letters]),
      ),
    );
  }
  return root;
}

/**
 * The opening of a record text, whole sentences up to at least `words` words (the debrief's short form gives a
 * reason's opening, the long form all of it): one sentence is often only the setting, not yet the refusal.
 */
export function opening(text: string, words = 20): string {
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    out = `${out} ${sentence.trim()}`.trim();
    if (out.split(/\s+/).length >= words) break;
  }
  return out;
}
