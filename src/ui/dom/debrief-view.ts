import type { Debrief, DebriefBeat } from '../../core/record/debrief-types.ts';
import type { RecordStrings } from '../strings/en-record.ts';
import { el } from './el.ts';
import { sourceList } from './source-list.ts';

/** One beat as the record tells it: date, time, place, summary, confidence, versions and sources. */
export function beatCard(beat: DebriefBeat, t: RecordStrings): HTMLElement {
  const when = [t.formatDate(beat.date), beat.time].filter(Boolean).join(', ');
  return el(
    'article',
    { className: `beat beat-${beat.confidence}`, attrs: { 'data-beat': beat.id } },
    el('h4', {}, beat.title),
    el('p', { className: 'beat-when' }, el('time', { attrs: { datetime: beat.date } }, when), ` · ${beat.place}`),
    beat.dateNote ? el('p', { className: 'beat-note' }, beat.dateNote) : null,
    el('p', {}, beat.summary),
    el('p', { className: 'confidence' }, t.confidence[beat.confidence] ?? beat.confidence),
    beat.versions.length > 0
      ? el(
          'div',
          { className: 'versions' },
          el('span', { className: 'sources-label' }, t.versionsLabel),
          el('ul', {}, ...beat.versions.map((v) => el('li', {}, v.claim, sourceList(v.sources, t.sourcesLabel)))),
        )
      : null,
    sourceList(beat.sources, t.sourcesLabel),
  );
}

export interface DebriefViewOptions {
  /** The player's notebook, shown right after the role (the main debrief passes it; issue 21: the player first). */
  readonly notebook?: HTMLElement;
  /** Attempts the notebook already shows as refused proposals, left out here so nothing is said twice. */
  readonly skipAttempts?: readonly string[];
}

/**
 * The whole debrief (its long form) as DOM, in reading order, printable as it stands: the player first (role,
 * notebook, attempts, views, the security beside the real house's), then the record's chronicle.
 */
export function debriefView(debrief: Debrief, t: RecordStrings, options: DebriefViewOptions = {}): HTMLElement {
  const root = el('div', { className: 'debrief' }, el('p', { className: 'lead' }, t.debriefIntro));
  if (debrief.role) {
    root.append(
      el('p', {}, el('strong', {}, t.youPlayed(debrief.role.title))),
      el('p', { className: 'note' }, `${t.roleBasis} ${debrief.role.basis}`),
    );
  }
  const chronicle = el(
    'section',
    { attrs: { 'aria-labelledby': 'debrief-chronicle' } },
    el('h3', { id: 'debrief-chronicle' }, t.chronicleTitle),
  );
  if (debrief.chronicle.complete) chronicle.append(el('p', { className: 'note' }, t.chronicleComplete));
  for (const beat of debrief.chronicle.reached) chronicle.append(beatCard(beat, t));
  if (debrief.chronicle.notReached.length > 0) {
    chronicle.append(
      el('p', { className: 'note' }, `${t.notReached} ${debrief.chronicle.notReached.map((b) => b.title).join('; ')}`),
    );
  }

  const attempts = el(
    'section',
    { attrs: { 'aria-labelledby': 'debrief-attempts' } },
    el('h3', { id: 'debrief-attempts' }, t.attemptsTitle),
  );
  const shown = debrief.attempts.filter((a) => !(options.skipAttempts ?? []).includes(a.id));
  if (shown.length === 0) attempts.append(el('p', {}, t.attemptsNone));
  for (const a of shown) {
    attempts.append(
      el(
        'article',
        { className: 'attempt', attrs: { 'data-pushback': a.id } },
        el('p', {}, el('strong', {}, a.attempt)),
        el('p', {}, a.reason),
        sourceList(a.sources, t.sourcesLabel),
      ),
    );
  }

  const views = el(
    'section',
    { attrs: { 'aria-labelledby': 'debrief-views' } },
    el('h3', { id: 'debrief-views' }, t.viewsTitle),
  );
  if (debrief.views.length === 0) views.append(el('p', {}, t.viewsNone));
  for (const v of debrief.views) {
    views.append(
      el(
        'article',
        { className: 'view', attrs: { 'data-dispute': v.disputeId } },
        el('h4', {}, v.question),
        el('p', {}, el('strong', {}, `${t.yourView} `), v.yourView.label),
        v.earlierViews.length > 0
          ? el('p', { className: 'note' }, `${t.earlierViews} ${v.earlierViews.join('; ')}`)
          : null,
        el(
          'ul',
          { className: 'versions' },
          ...v.versions.map((version) =>
            el(
              'li',
              { className: version.matchesYourView ? 'matches' : '' },
              version.claim,
              version.matchesYourView ? el('em', {}, ` (${t.matchesYou})`) : null,
              sourceList(version.sources, t.sourcesLabel),
            ),
          ),
        ),
        v.consensus ? el('p', { className: 'note' }, `${t.consensus} ${v.consensus}`) : null,
      ),
    );
  }

  const security = el(
    'section',
    { attrs: { 'aria-labelledby': 'debrief-security' } },
    el('h3', { id: 'debrief-security' }, t.securityTitle),
  );
  security.append(el('p', {}, t.securityIntro(debrief.security.proposalsInPlace, debrief.security.proposalsTotal)));
  const header = el('tr', {}, ...t.securityHeaders.map((h) => el('th', { attrs: { scope: 'col' } }, h)));
  const rows = debrief.security.measures.map((m) =>
    el(
      'tr',
      { attrs: { 'data-measure': m.id } },
      el('th', { attrs: { scope: 'row' } }, m.label),
      el('td', {}, (m.yours ? t.inPlace['yes'] : t.inPlace['no']) ?? ''),
      el('td', {}, t.inPlace[m.may24] ?? m.may24),
      el('td', {}, t.inPlace[m.aug20] ?? m.aug20),
    ),
  );
  security.append(
    el('div', { className: 'table-wrap' }, el('table', {}, el('thead', {}, header), el('tbody', {}, ...rows))),
  );
  if (debrief.security.neverAdopted.length > 0) {
    security.append(
      el('p', {}, el('strong', {}, t.neverAdopted)),
      el(
        'ul',
        {},
        ...debrief.security.neverAdopted.map((n) =>
          el('li', {}, `${n.label}: ${n.note}`, sourceList(n.sources, t.sourcesLabel)),
        ),
      ),
    );
  }
  // Every attempt already in the notebook: no "you did not try" line under it.
  const allInNotebook = shown.length === 0 && debrief.attempts.length > 0;
  root.append(
    ...(options.notebook ? [options.notebook] : []),
    ...(allInNotebook ? [] : [attempts]),
    views,
    security,
    chronicle,
  );
  return root;
}
