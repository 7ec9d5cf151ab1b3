import type { Debrief } from '../../../core/record/debrief-types.ts';
import type { Notebook } from '../../../core/notebook/notebook-types.ts';
import { REFUSED_PROPOSALS } from '../../../core/notebook/refusals.ts';
import type { RecordStrings } from '../../strings/en-record.ts';
import { el } from '../el.ts';
import type { NotebookStrings } from '../notebook/notebook-strings.ts';
import { notebookView } from '../notebook-view.ts';

export interface DebriefWords {
  readonly t: RecordStrings;
  readonly nt: NotebookStrings;
  readonly chapterNames: Readonly<Record<string, string>>;
}

/**
 * The debrief's short form, shown first (issue 21): the player's own story (the notebook without its sources),
 * their views, what they tried, then the record as one dated line per event. Under 800 words for a whole
 * playthrough in every language (tests/ui/record/debrief-short.test.ts counts it); the long form has the rest.
 */
export function shortDebriefView(debrief: Debrief, notebook: Notebook, words: DebriefWords): HTMLElement {
  const { t, nt, chapterNames } = words;
  const root = el('div', { className: 'debrief debrief-short' }, el('p', { className: 'lead' }, t.debriefIntro));
  if (debrief.role) root.append(el('p', {}, el('strong', {}, t.youPlayed(debrief.role.title))));

  // The notebook's own sections (learned, proposals, people) come first, each with its heading.
  root.append(notebookView(notebook, { t: nt, chapterNames, variant: 'full', idPrefix: 'debrief-short', brief: true }));

  const tried = debrief.attempts.filter((a) => !REFUSED_PROPOSALS.includes(a.id));
  const seen = new Set<string>();
  const once = tried.filter((a) => !seen.has(a.id) && seen.add(a.id));
  if (once.length > 0) {
    root.append(
      el(
        'section',
        { attrs: { 'aria-labelledby': 'debrief-short-attempts' } },
        el('h3', { id: 'debrief-short-attempts' }, t.attemptsTitle),
        el(
          'ul',
          { className: 'notebook-list' },
          ...once.map((a) => el('li', { attrs: { 'data-pushback': a.id } }, a.attempt)),
        ),
      ),
    );
  }

  root.append(
    el(
      'section',
      { attrs: { 'aria-labelledby': 'debrief-short-views' } },
      el('h3', { id: 'debrief-short-views' }, nt.debriefViewsTitle),
      debrief.views.length === 0
        ? el('p', {}, t.viewsNone)
        : el(
            'ul',
            { className: 'notebook-list' },
            ...debrief.views.map((v) =>
              el(
                'li',
                { attrs: { 'data-dispute': v.disputeId } },
                el('p', {}, el('strong', {}, v.question), ` ${t.yourView} ${v.yourView.label}`),
                v.consensus ? el('p', { className: 'note' }, `${t.consensus} ${v.consensus}`) : null,
              ),
            ),
          ),
    ),
  );

  root.append(
    el(
      'section',
      { attrs: { 'aria-labelledby': 'debrief-short-record' } },
      el('h3', { id: 'debrief-short-record' }, nt.recordInBriefTitle),
      debrief.chronicle.complete ? el('p', { className: 'note' }, t.chronicleComplete) : null,
      el(
        'ol',
        { className: 'record-brief' },
        ...debrief.chronicle.reached.map((b) =>
          el(
            'li',
            { attrs: { 'data-beat': b.id } },
            el('time', { attrs: { datetime: b.date } }, t.formatDate(b.date)),
            ` · ${b.title}`,
          ),
        ),
      ),
    ),
    el('p', { className: 'note' }, nt.debriefNotebookLine),
  );
  return root;
}
