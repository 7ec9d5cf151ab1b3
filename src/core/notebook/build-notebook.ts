// Builds the notebook from the game state and the record. Pure: no DOM, no ink, no clock, no language; the same
// state and record always give the same notebook. Words for it are the UI's (src/languages/<id>/notebook.ts).

import type { GameState } from '../game/game-state.ts';
import { resolveSources } from '../record/build-debrief.ts';
import { RECORD } from '../record/record-data.ts';
import type { RecordData } from '../record/record-types.ts';
import { KNOWLEDGE } from './knowledge.ts';
import type { LettersHome, Notebook, NotebookAdopted, NotebookLearned, NotebookRefused } from './notebook-types.ts';
import { REFUSED_PROPOSALS } from './refusals.ts';
import { PEOPLE, trustLevel } from './trust-words.ts';

/** The parts of the game state the notebook reads. */
export type NotebookInput = Pick<
  GameState,
  | 'known'
  | 'measures'
  | 'measuresAdded'
  | 'pushbacks'
  | 'proposalsRefused'
  | 'lettersHome'
  | 'trust'
  | 'chronicle'
  | 'recalls'
>;

export function buildNotebook(game: NotebookInput, record: RecordData = RECORD): Notebook {
  const refused = buildRefused(game, record);
  const named = game.pushbacks.filter((p) => REFUSED_PROPOSALS.includes(p.id)).length;
  return {
    learned: buildLearned(game, record),
    adopted: buildAdopted(game, record),
    refused,
    otherRefusals: game.proposalsRefused > named,
    people: PEOPLE.map((key) => ({ key, level: trustLevel(game.trust[key]) })),
    letters: lettersHome(game.lettersHome),
  };
}

function buildLearned(game: NotebookInput, record: RecordData): NotebookLearned[] {
  const reached = new Set([...game.chronicle.map((c) => c.beat), ...game.recalls]);
  return KNOWLEDGE.filter((k) => game.known.includes(k.id)).map((k) => ({
    id: k.id,
    sources: resolveSources(k.sources, record),
    later: k.later && reached.has(k.later.beat) ? { sources: resolveSources(k.later.sources, record) } : null,
  }));
}

function buildAdopted(game: NotebookInput, record: RecordData): NotebookAdopted[] {
  const when = new Map(game.measuresAdded.map((m) => [m.id, m.checkpoint]));
  // In the order they came into the house (the ones with no known chapter first), then the record's order.
  const order = (id: string) => game.measuresAdded.findIndex((m) => m.id === id);
  return record.measures.measures
    .filter((m) => m.kind === 'proposal' && game.measures.includes(m.id))
    .sort((a, b) => order(a.id) - order(b.id))
    .map((m) => ({
      id: m.id,
      label: m.label,
      chapter: when.get(m.id) ?? null,
      may24: m.may24,
      aug20: m.aug20,
      note: m.note,
      sources: resolveSources(m.sources, record),
    }));
}

function buildRefused(game: NotebookInput, record: RecordData): NotebookRefused[] {
  const byId = new Map<string, string[]>();
  for (const p of game.pushbacks) {
    if (!REFUSED_PROPOSALS.includes(p.id)) continue;
    const chapters = byId.get(p.id) ?? [];
    const chapter = p.checkpoint ?? '';
    if (!chapters.includes(chapter)) chapters.push(chapter);
    byId.set(p.id, chapters);
  }
  return [...byId].flatMap(([id, chapters]) => {
    const pushback = record.pushbacks.find((p) => p.id === id);
    if (!pushback) return [];
    return [
      {
        id,
        chapters: chapters.filter((c) => c !== ''),
        attempt: pushback.attempt,
        reason: pushback.reason,
        sources: resolveSources(pushback.sources, record),
      },
    ];
  });
}

function lettersHome(count: number): LettersHome {
  if (count <= 0) return 'none';
  return count === 1 ? 'once' : 'several';
}
