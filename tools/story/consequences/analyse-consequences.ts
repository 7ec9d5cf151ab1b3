// The consequence measure (docs/consequences.md): for every choice, does anything it writes change, later than the
// next few lines, what the player sees (text, a picture, an option offered), and does that happen in a later
// chapter? Built on the convergence proof's flow graph (the compiler's runtime Story, with file and line per node),
// never on the ink text.
import { Container } from 'inkjs/engine/Container';
import { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import { VariablePointerValue } from 'inkjs/engine/Value';
import type { InkObject } from 'inkjs/engine/Object';
import { buildFlowGraph, type NodeInfo } from '../../verify/proof/flow-graph.ts';
import { analyseLiveness } from '../../verify/proof/liveness.ts';
import { evalBlockBefore } from '../../verify/proof/role-condition.ts';
import { branchesDiffer, menusOf, visibility, walk } from './flow-walks.ts';
import { keysMeet, listItemNames, readsOfBlock, variableOf, visitKey, writesOfAssignment, type StateKey } from './state-keys.ts';

/** The kinds of state the targets count, plus `role` (fixed after the opening) and `other`. */
export type StateKind = 'trust' | 'knowledge' | 'measures' | 'letters' | 'visits' | 'role' | 'other';
export const COUNTED_KINDS: readonly StateKind[] = ['trust', 'knowledge', 'measures', 'letters', 'visits'];

/** The real story's variables by kind (docs/consequences.md). */
export function realStoryKind(key: StateKey): StateKind {
  const v = variableOf(key);
  if (v === null) return 'visits';
  if (v.startsWith('trust_')) return 'trust';
  if (v === 'known') return 'knowledge';
  if (v === 'house' || v === 'proposals_refused') return 'measures';
  if (v === 'letters_home') return 'letters';
  if (v === 'role') return 'role';
  return 'other';
}

export interface ConsequenceOptions {
  readonly story: { readonly mainContentContainer: Container; readonly listDefinitions?: unknown };
  /** Chapter checkpoint knots in story order. */
  readonly chapters: readonly string[];
  /** The opening knot (before the first chapter) and the kiosk cut's knot, if any. */
  readonly opening: string | null;
  readonly kiosk: string | null;
  readonly kindOf?: (key: StateKey) => StateKind;
}

export interface ReadPlace {
  readonly file: string | null;
  readonly line: number | null;
  readonly segment: string | null;
  readonly key: StateKey;
  readonly kind: StateKind;
}

export interface ChoiceConsequence {
  readonly file: string | null;
  readonly line: number | null;
  readonly segment: string;
  readonly writes: readonly StateKey[];
  /** The first visible reads later than the next few lines (at most 5), and whether one is in a later chapter. */
  readonly later: boolean;
  readonly laterChapter: boolean;
  readonly evidence: readonly ReadPlace[];
}

export interface SegmentConsequences {
  readonly segment: string;
  readonly choices: number;
  readonly later: number;
  readonly laterChapter: number;
  /** Kinds of state read by this segment's visible conditions as a later consequence of some choice. */
  readonly kindsRead: readonly StateKind[];
}

export interface ConsequenceReport {
  /** The opening and the chapters, in order; the kiosk separately (not in the totals). */
  readonly segments: readonly SegmentConsequences[];
  readonly kiosk: SegmentConsequences | null;
  readonly total: { readonly choices: number; readonly later: number; readonly laterChapter: number };
  /** The chapter (not the opening) that reads the fewest counted kinds, and how many. */
  readonly fewestKinds: { readonly segment: string; readonly count: number } | null;
  readonly choices: readonly ChoiceConsequence[];
}

function allContainers(root: Container): Container[] {
  const out: Container[] = [];
  const visit = (c: Container): void => {
    out.push(c);
    for (const obj of c.content) if (obj instanceof Container) visit(obj);
    for (const [, named] of c.namedOnlyContent ?? new Map<string, InkObject>()) {
      if (named instanceof Container) visit(named);
    }
  };
  visit(root);
  return out;
}

function isInside(c: Container | null, ancestor: Container): boolean {
  for (let cur: Container | null = c; cur; cur = cur.parent instanceof Container ? cur.parent : null) {
    if (cur === ancestor) return true;
  }
  return false;
}

export function analyseConsequences(options: ConsequenceOptions): ConsequenceReport {
  const root = options.story.mainContentContainer;
  const kindOf = options.kindOf ?? realStoryKind;
  const graph = buildFlowGraph(root);
  const items = listItemNames(options.story);
  const liveness = analyseLiveness(graph);
  const info = (n: number): NodeInfo => graph.nodes[n] as NodeInfo;

  // Segments: the opening (order 0), the chapters (1…), the kiosk (its own, never "later" than a chapter). A knot
  // that is none of them belongs to the one written in the same file, if exactly one is.
  const named = [
    ...(options.opening ? [options.opening] : []),
    ...options.chapters,
    ...(options.kiosk ? [options.kiosk] : []),
  ];
  const order = new Map<string, number>(named.map((s, i) => [s, s === options.kiosk ? -1 : i]));
  const segmentOfKnot = new Map<string, string | null>();
  const segmentOf = (n: number): string | null => {
    const knot = info(n).knot;
    if (!segmentOfKnot.has(knot)) {
      let seg: string | null = order.has(knot) ? knot : null;
      if (seg === null) {
        const file = graph.knotFile.get(knot);
        const same = named.filter((s) => file != null && graph.knotFile.get(s) === file);
        seg = same.length === 1 ? (same[0] as string) : null;
      }
      segmentOfKnot.set(knot, seg);
    }
    return segmentOfKnot.get(knot) ?? null;
  };
  const checkpoints = new Set(named.map((s) => graph.entryOf(s)).filter((n) => n > 0));

  // Visit counts a choice can write: the counted containers, by the node where entering them lands.
  const countedByEntry = new Map<number, Container[]>();
  for (const c of allContainers(root)) {
    if (!c.visitsShouldBeCounted && !c.turnIndexShouldBeCounted) continue;
    if (c.content.length === 0) continue;
    const entry = graph.at(c, 0);
    const list = countedByEntry.get(entry) ?? [];
    list.push(c);
    countedByEntry.set(entry, list);
  }

  // Reads: every condition that decides a visible difference (an option's availability, or a conditional divert
  // whose two branches differ in text, a picture, an option or an ending), with the keys its evaluation reads.
  const visible = visibility(graph);
  const functionReadsCache = new Map<Container, StateKey[]>();
  const functionReads = (callee: Container): StateKey[] => {
    let keys = functionReadsCache.get(callee);
    if (!keys) {
      functionReadsCache.set(callee, []);
      const flat: InkObject[] = [];
      const collect = (c: Container): void => {
        for (const obj of c.content) {
          if (obj instanceof Container) collect(obj);
          else flat.push(obj);
        }
        for (const [, sub] of c.namedOnlyContent ?? new Map<string, InkObject>()) {
          if (sub instanceof Container) collect(sub);
        }
      };
      collect(callee);
      keys = readsOfBlock(flat, graph.globals, items, functionReads);
      functionReadsCache.set(callee, keys);
    }
    return keys;
  };
  const reads: { readonly node: number; readonly keys: readonly StateKey[] }[] = [];
  for (let n = 1; n < graph.nodes.length; n += 1) {
    const i = info(n);
    const node = i.node;
    const decides =
      (node.kind === 'choice' && node.hasCondition) ||
      (node.kind === 'goto' && node.conditional && branchesDiffer(graph, n, visible, checkpoints));
    if (!decides || !i.container) continue;
    const block = evalBlockBefore(i.container, i.index);
    if (!block) continue;
    const keys = readsOfBlock(block, graph.globals, items, functionReads);
    if (keys.length > 0) reads.push({ node: n, keys });
  }

  const choiceNodes = graph.nodes
    .map((_, n) => n)
    .filter((n) => {
      const node = info(n).node;
      return node.kind === 'choice' && !node.invisible;
    });
  const allChoicePoints = graph.nodes.map((_, n) => n).filter((n) => info(n).node.kind === 'choice');
  const menuOf = menusOf(graph, allChoicePoints, checkpoints);

  // A choice's own content: what its body reaches (including menus nested inside its body) before it meets content
  // a sibling option of the same menu also reaches (where it rejoins), the next menu, or a checkpoint.
  const ownReach = new Map<number, Set<number>>();
  const reachOf = (c: number): Set<number> => {
    let r = ownReach.get(c);
    if (!r) {
      const node = info(c).node;
      if (node.kind !== 'choice') return new Set();
      const body = node.targetContainer;
      const policy = (p: number): 'stop' | 'enter' => (isInside(info(p).container, body) ? 'enter' : 'stop');
      r = walk(graph, [node.target], policy, checkpoints);
      ownReach.set(c, r);
    }
    return r;
  };

  // Kinds read per segment: the kinds of keys that some choice's later consequence reads there.
  const kinds = new Map<string, Set<StateKind>>();
  const results: ChoiceConsequence[] = [];
  for (const c of choiceNodes) {
    const node = info(c).node;
    if (node.kind !== 'choice') continue;
    const segment = segmentOf(c);
    if (segment === null) continue;
    const menu = menuOf(c);
    const rejoin = new Set<number>();
    for (const s of menu.members) if (s !== c) for (const n of reachOf(s)) rejoin.add(n);
    const own = [...reachOf(c)].filter((n) => !rejoin.has(n));

    const writes = new Set<StateKey>([visitKey(node.targetContainer)]);
    for (const n of own) {
      const i = info(n);
      if (i.node.kind === 'assign') {
        if (i.obj instanceof VariableAssignment && i.container) {
          for (const k of writesOfAssignment(i.node.variable, evalBlockBefore(i.container, i.index), graph.globals, items)) writes.add(k);
        } else if (i.obj instanceof VariablePointerValue) {
          for (const k of writesOfAssignment(i.node.variable, null, graph.globals, items)) writes.add(k);
        }
      }
      for (const counted of countedByEntry.get(n) ?? []) writes.add(visitKey(counted));
    }

    // Not later: the menu the choice was picked from (also when a hub offers it again), and the passage from the
    // pick up to the next choice point. The options of the next menu are later: that menu is the next thing the
    // player sees after the passage.
    const immediate = walk(graph, [node.target], () => 'stop', checkpoints);
    for (const n of immediate) if (info(n).node.kind === 'choice') immediate.delete(n);
    for (const n of menu.between) immediate.add(n);
    const after = liveness.reachableFrom([node.target]);
    const ownOrder = order.get(segment) ?? -1;
    const evidence: ReadPlace[] = [];
    let laterChapter = false;
    for (const r of reads) {
      if (immediate.has(r.node) || !after[r.node]) continue;
      const readSegment = segmentOf(r.node);
      const isKiosk = readSegment !== null && readSegment === options.kiosk;
      if (isKiosk !== (segment === options.kiosk)) continue;
      const met = r.keys.filter((k) => [...writes].some((w) => keysMeet(w, k)));
      const key = met[0];
      if (key === undefined) continue;
      if (readSegment !== null) {
        const set = kinds.get(readSegment) ?? new Set<StateKind>();
        for (const k of met) set.add(kindOf(k));
        kinds.set(readSegment, set);
      }
      const readOrder = readSegment === null ? -1 : (order.get(readSegment) ?? -1);
      const inLaterChapter = !isKiosk && readOrder > ownOrder;
      laterChapter ||= inLaterChapter;
      if (evidence.length < 5 || (inLaterChapter && !evidence.some((e) => e.segment !== segment))) {
        const i = info(r.node);
        evidence.push({ file: i.file, line: i.line, segment: readSegment, key, kind: kindOf(key) });
      }
    }
    const i = info(c);
    results.push({
      file: i.file,
      line: i.line,
      segment,
      writes: [...writes].sort(),
      later: evidence.length > 0,
      laterChapter,
      evidence,
    });
  }

  const summarise = (segment: string): SegmentConsequences => {
    const mine = results.filter((r) => r.segment === segment);
    const set = kinds.get(segment) ?? new Set<StateKind>();
    return {
      segment,
      choices: mine.length,
      later: mine.filter((r) => r.later).length,
      laterChapter: mine.filter((r) => r.laterChapter).length,
      kindsRead: COUNTED_KINDS.filter((k) => set.has(k)),
    };
  };
  const segments = named.filter((s) => s !== options.kiosk).map(summarise);
  const chaptersOnly = segments.filter((s) => options.chapters.includes(s.segment));
  const fewest = chaptersOnly.reduce<SegmentConsequences | null>(
    (best, s) => (best === null || s.kindsRead.length < best.kindsRead.length ? s : best),
    null,
  );
  return {
    segments,
    kiosk: options.kiosk ? summarise(options.kiosk) : null,
    total: {
      choices: segments.reduce((sum, s) => sum + s.choices, 0),
      later: segments.reduce((sum, s) => sum + s.later, 0),
      laterChapter: segments.reduce((sum, s) => sum + s.laterChapter, 0),
    },
    fewestKinds: fewest ? { segment: fewest.segment, count: fewest.kindsRead.length } : null,
    choices: results,
  };
}
