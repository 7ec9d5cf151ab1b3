// Builds the debrief from what happened in play and the historical record. Pure: no DOM, no ink, no clock;
// the same input and record always give the same debrief. Unknown ids never throw: they become `problems`.

import { CANONICAL_SEQUENCE, canonicalIndex } from './canonical-sequence.ts';
import { RECORD } from './record-data.ts';
import type {
  Debrief,
  DebriefAttempt,
  DebriefBeat,
  DebriefChronicle,
  DebriefInput,
  DebriefSecurity,
  DebriefView,
  SourceRef,
  VersionRef,
} from './debrief-types.ts';
import type { Beat, Dispute, DisputeView, RecordData, Version } from './record-types.ts';

export function buildDebrief(input: DebriefInput, record: RecordData = RECORD): Debrief {
  const problems: string[] = [];
  const refs = sourceResolver(record, problems);
  const role = record.roles.find((r) => r.id === input.role);
  if (!role) problems.push(`unknown role "${input.role}"`);
  return {
    role: role ? { id: role.id, title: role.title, basis: role.basis, sources: refs(role.sources) } : null,
    chronicle: buildChronicle(input.chronicle, record, refs, problems),
    attempts: buildAttempts(input.pushbacks, record, refs, problems),
    views: buildViews(input.views, record, refs, problems),
    security: buildSecurity(input.measures, record, refs, problems),
    problems,
  };
}

type Refs = (ids: readonly string[]) => SourceRef[];

/**
 * Beats of any kind (spine, epilogue, backstory) with their sources resolved, in the order asked: the archive
 * shows what the player has met, including backstory recalled through people and documents.
 */
export function resolveBeats(ids: readonly string[], record: RecordData = RECORD): DebriefBeat[] {
  const refs = sourceResolver(record, []);
  return ids.flatMap((id) => {
    const beat = record.beats.find((b) => b.id === id);
    return beat ? [debriefBeat(beat, refs)] : [];
  });
}

/** Sources by id, resolved for display (unknown ids are left out). */
export function resolveSources(ids: readonly string[], record: RecordData = RECORD): SourceRef[] {
  return sourceResolver(record, [])(ids);
}

function sourceResolver(record: RecordData, problems: string[]): Refs {
  const byId = new Map(record.sources.map((s) => [s.id, s]));
  return (ids) =>
    ids.flatMap((id) => {
      const source = byId.get(id);
      if (!source) {
        problems.push(`unknown source "${id}"`);
        return [];
      }
      const { short, citation, kind, caution } = source;
      return [caution === undefined ? { id, short, citation, kind } : { id, short, citation, kind, caution }];
    });
}

function versionRefs(versions: readonly Version[] | undefined, refs: Refs): VersionRef[] {
  return (versions ?? []).map((v) => ({ claim: v.claim, sources: refs(v.sources) }));
}

function debriefBeat(beat: Beat, refs: Refs): DebriefBeat {
  return {
    id: beat.id,
    kind: beat.kind,
    title: beat.title,
    date: beat.date,
    ...(beat.dateNote === undefined ? {} : { dateNote: beat.dateNote }),
    ...(beat.time === undefined ? {} : { time: beat.time }),
    place: beat.place,
    people: beat.people,
    summary: beat.summary,
    confidence: beat.confidence,
    sources: refs(beat.sources),
    versions: versionRefs(beat.versions, refs),
  };
}

function buildChronicle(
  reachedIds: readonly string[],
  record: RecordData,
  refs: Refs,
  problems: string[],
): DebriefChronicle {
  const beats = new Map(record.beats.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const reached: DebriefBeat[] = [];
  let last = -1;
  let inOrder = true;
  for (const id of reachedIds) {
    const beat = beats.get(id);
    const index = canonicalIndex(id);
    if (!beat || index === -1) {
      problems.push(`"${id}" is not a chronicle beat`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`beat "${id}" was reached more than once`);
      continue;
    }
    if (index < last) {
      inOrder = false;
      problems.push(`beat "${id}" was reached out of canonical order`);
    }
    last = Math.max(last, index);
    seen.add(id);
    reached.push(debriefBeat(beat, refs));
  }
  const notReached = CANONICAL_SEQUENCE.filter((id) => !seen.has(id)).map((id) => ({
    id,
    title: beats.get(id)?.title ?? id,
  }));
  return { reached, notReached, complete: inOrder && notReached.length === 0 };
}

function buildAttempts(
  tried: DebriefInput['pushbacks'],
  record: RecordData,
  refs: Refs,
  problems: string[],
): DebriefAttempt[] {
  const seen = new Set<string>();
  return tried.flatMap(({ id, chapter }) => {
    const pushback = record.pushbacks.find((p) => p.id === id);
    if (!pushback) {
      problems.push(`unknown pushback "${id}"`);
      return [];
    }
    // The same attempt in the same chapter (a loop revisited) is one attempt, not two.
    const key = `${id}@${chapter}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const beat = record.beats.find((b) => b.id === pushback.beat);
    return [
      {
        id,
        chapter,
        attempt: pushback.attempt,
        reason: pushback.reason,
        beat: { id: pushback.beat, title: beat?.title ?? pushback.beat },
        sources: refs(pushback.sources),
      },
    ];
  });
}

function findView(record: RecordData, viewId: string): { dispute: Dispute; view: DisputeView } | undefined {
  for (const dispute of record.disputes) {
    const view = dispute.views.find((v) => v.id === viewId);
    if (view) return { dispute, view };
  }
  return undefined;
}

function buildViews(taken: readonly string[], record: RecordData, refs: Refs, problems: string[]): DebriefView[] {
  // Latest view per dispute, remembering the labels of earlier, different ones; disputes in first-taken order.
  const latest = new Map<string, { dispute: Dispute; view: DisputeView; earlier: string[] }>();
  for (const id of taken) {
    const found = findView(record, id);
    if (!found) {
      problems.push(`unknown view "${id}"`);
      continue;
    }
    const previous = latest.get(found.dispute.id);
    const earlier = previous ? [...previous.earlier, previous.view.label] : [];
    if (previous?.view.id === found.view.id) continue;
    latest.set(found.dispute.id, { ...found, earlier });
  }
  return [...latest.values()].map(({ dispute, view, earlier }) => ({
    disputeId: dispute.id,
    question: dispute.question,
    ...(dispute.consensus === undefined ? {} : { consensus: dispute.consensus }),
    yourView: { id: view.id, label: view.label },
    earlierViews: earlier,
    versions: dispute.versions.map((v) => ({
      id: v.id,
      claim: v.claim,
      sources: refs(v.sources),
      matchesYourView: view.versions.includes(v.id),
    })),
  }));
}

function buildSecurity(
  inPlace: readonly string[],
  record: RecordData,
  refs: Refs,
  problems: string[],
): DebriefSecurity {
  const known = new Set(record.measures.measures.map((m) => m.id));
  for (const id of inPlace) if (!known.has(id)) problems.push(`unknown measure "${id}"`);
  const measures = record.measures.measures.map((m) => ({
    id: m.id,
    label: m.label,
    kind: m.kind,
    yours: inPlace.includes(m.id),
    may24: m.may24,
    aug20: m.aug20,
    note: m.note,
    sources: refs(m.sources),
  }));
  const proposals = measures.filter((m) => m.kind === 'proposal');
  return {
    measures,
    neverAdopted: record.measures.neverAdopted.map((n) => ({
      id: n.id,
      label: n.label,
      note: n.note,
      sources: refs(n.sources),
    })),
    proposalsInPlace: proposals.filter((m) => m.yours).length,
    proposalsTotal: proposals.length,
  };
}
