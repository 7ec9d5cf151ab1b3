import type { Notebook } from '../../../core/notebook/notebook-types.ts';
import type { Debrief } from '../../../core/record/debrief-types.ts';
import { el } from '../el.ts';
import type { DebriefWords } from './debrief-short.ts';

/**
 * The kiosk's debrief (issue 21): three cards in large type for a visitor standing at arm's length, instead of the
 * whole record. What you did (role, the measures your house took up and the ones turned down, your view), what the
 * real house never did, and the events on the record as dated lines. The full debrief is one button away.
 */
export function kioskDebriefView(debrief: Debrief, notebook: Notebook, words: DebriefWords): HTMLElement {
  const { t, nt } = words;
  const k = nt.kioskCards;
  const card = (id: string, title: string, ...children: (HTMLElement | null)[]) =>
    el(
      'section',
      { className: 'kiosk-debrief-card', attrs: { 'aria-labelledby': id } },
      el('h3', { id }, title),
      ...children,
    );
  const list = (items: readonly HTMLElement[]) => (items.length > 0 ? el('ul', {}, ...items) : null);
  const you = [
    ...notebook.adopted.map((m) => el('li', { attrs: { 'data-measure': m.id } }, `${nt.adoptedTitle}: ${m.label}`)),
    ...notebook.refused.map((r) => el('li', { attrs: { 'data-refused': r.id } }, r.attempt)),
    ...debrief.views.map((v) =>
      el('li', { attrs: { 'data-dispute': v.disputeId } }, `${t.yourView} ${v.yourView.label}`),
    ),
  ];
  return el(
    'div',
    { className: 'kiosk-debrief' },
    card(
      'kiosk-debrief-you',
      k.youTitle,
      debrief.role ? el('p', {}, t.youPlayed(debrief.role.title)) : null,
      list(you) ?? el('p', {}, nt.proposalsNone),
    ),
    card(
      'kiosk-debrief-house',
      k.houseTitle,
      list(
        debrief.security.neverAdopted.map((n) =>
          el('li', { attrs: { 'data-never': n.id } }, el('strong', {}, `${n.label}:`), ` ${n.note}`),
        ),
      ),
    ),
    card(
      'kiosk-debrief-record',
      k.recordTitle,
      el(
        'ol',
        { className: 'record-brief' },
        ...debrief.chronicle.reached
          .filter((b) => b.kind === 'spine')
          .map((b) =>
            el(
              'li',
              { attrs: { 'data-beat': b.id } },
              el('time', { attrs: { datetime: b.date } }, t.formatDate(b.date)),
              ` · ${b.title}`,
            ),
          ),
      ),
      el('p', { className: 'note' }, k.recordLine),
    ),
  );
}
