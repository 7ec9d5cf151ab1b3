import { resolveBeats, resolveSources } from '../../../core/record/build-debrief.ts';
import type { GameState } from '../../../core/game/game-state.ts';
import type { DebriefBeat, SourceRef } from '../../../core/record/debrief-types.ts';
import type { RecordData } from '../../../core/record/record-types.ts';
import type { RecordStrings } from '../../strings/en-record.ts';
import { el } from '../el.ts';
import { beatCard } from '../debrief-view.ts';
import { sourceList } from '../source-list.ts';

export type ArchiveSection = 'happened' | 'disputed' | 'sources' | 'invented';

/**
 * The archive ("The Record"): what the player has met so far, as historians tell it. Beats come from the
 * chronicle and from backstory recalled through people and documents; disputes are those touching those beats.
 */
export function archiveView(
  game: GameState,
  record: RecordData,
  t: RecordStrings,
  invented: readonly string[],
  section: ArchiveSection,
): HTMLElement {
  switch (section) {
    case 'happened':
      return happened(game, record, t);
    case 'disputed':
      return disputed(game, record, t);
    case 'sources':
      return sources(game, record, t);
    case 'invented':
      return el('div', { className: 'invented' }, ...invented.map((p) => el('p', {}, p)));
  }
}

function metBeats(game: GameState, record: RecordData): readonly DebriefBeat[] {
  const ids = new Set([...game.recalls, ...game.chronicle.map((e) => e.beat)]);
  const met = record.beats.filter((b) => ids.has(b.id)).sort((a, b) => a.date.localeCompare(b.date));
  return resolveBeats(
    met.map((b) => b.id),
    record,
  );
}

function happened(game: GameState, record: RecordData, t: RecordStrings): HTMLElement {
  const beats = metBeats(game, record);
  return el(
    'div',
    {},
    el('p', { className: 'lead' }, t.happenedIntro),
    beats.length === 0 ? el('p', {}, t.nothingYet) : null,
    ...beats.map((b) => beatCard(b, t)),
  );
}

function refs(ids: readonly string[], record: RecordData): SourceRef[] {
  return resolveSources(ids, record);
}

function disputed(game: GameState, record: RecordData, t: RecordStrings): HTMLElement {
  const met = new Set([...game.recalls, ...game.chronicle.map((e) => e.beat)]);
  const relevant = record.disputes.filter((d) => d.beats.some((b) => met.has(b)));
  return el(
    'div',
    {},
    el('p', { className: 'lead' }, t.disputedIntro),
    relevant.length === 0 ? el('p', {}, t.nothingYet) : null,
    ...relevant.map((d) =>
      el(
        'article',
        { className: 'dispute', attrs: { 'data-dispute': d.id } },
        el('h4', {}, d.question),
        el(
          'ul',
          { className: 'versions side-by-side' },
          ...d.versions.map((v) => el('li', {}, v.claim, sourceList(refs(v.sources, record), t.sourcesLabel))),
        ),
        d.consensus ? el('p', { className: 'note' }, `${t.consensus ?? ''} ${d.consensus}`) : null,
      ),
    ),
  );
}

function sources(game: GameState, record: RecordData, t: RecordStrings): HTMLElement {
  const cited = refs(game.cites, record);
  return el(
    'div',
    {},
    el('p', { className: 'lead' }, t.sourcesIntro),
    cited.length === 0 ? el('p', {}, t.nothingYet) : sourceList(cited, t.sourcesLabel),
  );
}
