// The beat dataflow of one segment: an interprocedural analysis (tabulation with per-callee summaries) over the flow
// graph, where the abstract state at a node is
//   idx     the canonical position of the next beat the path must pass (a chapter starts at its first beat),
//   role    the role if the refinement knows it, else unknown,
//   choosing none / some options collected, none of them sure / at least one always-offered option collected.
// Every condition is both true and false, except one the role decides (role-condition.ts). Calls (functions and
// tunnels) are matched with returns: a callee is analysed once per entry state, and its summary (the set of states
// it can return in) is applied at every call site with that entry state.
//
// What a failure means: some path of the over-approximation, which contains every real path, breaks a rule. The
// failure names the node's ink file and line and the conditions the path took (file, line, branch), so a human can
// see whether the real conditions allow it. The proof never passes such a path.
import type { FlowGraph, NodeInfo } from './flow-graph.ts';
import type { Liveness } from './liveness.ts';

export type ProofFailureKind =
  | 'beat-repeated'
  | 'beat-out-of-order'
  | 'beat-unknown'
  | 'beat-while-choosing'
  | 'ending-incomplete'
  | 'exit-incomplete'
  | 'wrong-exit'
  | 'dead-end'
  | 'choice-may-be-empty'
  | 'role-assigned-while-choosing'
  | 'return-without-call'
  | 'unsupported'
  | 'endless-loop';

export interface ProofFailure {
  readonly kind: ProofFailureKind;
  readonly segment: string;
  readonly message: string;
  /** Where it happens: ink file (relative) and line. */
  readonly file: string | null;
  readonly line: number | null;
  /** The beat concerned, if any (the beat passed, or the first beat missing). */
  readonly beat: string | null;
  /** The conditions the witness path took, oldest first: `file:line branch: source` (the last 30, after any decisive). */
  readonly chain: readonly string[];
  /**
   * The conditions of the path whose other branch could still reach the missing beat and whose taken branch cannot:
   * where the path lost it. Empty when no beat is missing.
   */
  readonly decisive: readonly string[];
}

export interface SegmentSpec {
  readonly id: string;
  readonly start: number;
  /** Canonical index of the first beat the segment must pass. */
  readonly startIdx: number;
  /** 0 = unknown, 1.. = roles[role - 1]. */
  readonly role: number;
  /**
   * File of the chapter: a divert into a knot of another file, or into another chapter's checkpoint, leaves the
   * segment. Null: never cut (the kiosk and the whole story run to their endings).
   */
  readonly home: string | null;
  /** Entry node of the next chapter's checkpoint, and the canonical index it must be entered with. */
  readonly nextCheckpoint: number;
  readonly exitIdx: number;
  readonly nextName: string | null;
}

export interface BeatFlowContext {
  readonly graph: FlowGraph;
  readonly liveness: Liveness;
  readonly canonical: readonly string[];
  readonly roleVariable: string;
  readonly roleCount: number;
  /** Condition value at a conditional node for a role (0 unknown), or null when it cannot be decided. */
  condition(node: number, role: number): boolean | null;
  /** The role (1..) a role assignment at `node` stores, or 0 when not a known single role. */
  assignedRole(node: number): number;
  /** Ink file name as reported, and the source text of a line. */
  fileName(file: string | null): string | null;
  sourceLine(file: string | null, line: number | null): string;
  /** Nodes from which a node carrying `beat` can still run. */
  canReachBeat(beat: string): Uint8Array;
  /** Whether a knot belongs to the file `home`. */
  knotIn(knot: string, home: string): boolean;
  /** Entry nodes of every chapter checkpoint (and the opening): a divert to one leaves the segment. */
  readonly checkpoints: ReadonlySet<number>;
}

export interface SegmentResult {
  readonly id: string;
  readonly failures: ProofFailure[];
  /** Abstract states visited (node × state), for the report. */
  readonly states: number;
  readonly exits: number;
  readonly endings: number;
  /** Nodes the segment's paths reach (for the coverage line of the report). */
  readonly reached: Uint8Array;
}

const MAX_FAILURES = 20;

export function proveSegment(ctx: BeatFlowContext, spec: SegmentSpec): SegmentResult {
  const { graph, canonical } = ctx;
  const N = graph.nodes.length;
  const L = canonical.length;
  const R = ctx.roleCount + 1;
  const F = (L + 1) * R * 3;
  const NF = N * F;
  const enc = (idx: number, role: number, col: number): number => (idx * R + role) * 3 + col;
  const decIdx = (f: number): number => Math.floor(f / (3 * R));
  const decRole = (f: number): number => Math.floor(f / 3) % R;
  const decCol = (f: number): number => f % 3;

  // Contexts: one per (entry node, frame, entry state). Context 0 is the segment itself.
  const ctxKey = new Map<string, number>();
  const ctxFrame: ('main' | 'function' | 'tunnel')[] = [];
  const summaries: Set<number>[] = [];
  const callers: { ctx: number; cont: number; from: number }[][] = [];
  const ctxCaller: number[] = [];
  const parent = new Map<number, number>();
  const work: number[] = [];
  const failures: ProofFailure[] = [];
  const failed = new Set<string>();
  let exits = 0;
  let endings = 0;

  const newCtx = (entry: number, frame: 'main' | 'function' | 'tunnel', fact: number, from: number): number => {
    const key = `${entry}|${frame}|${fact}`;
    let c = ctxKey.get(key);
    if (c !== undefined) return c;
    c = ctxFrame.length;
    ctxKey.set(key, c);
    ctxFrame.push(frame);
    summaries.push(new Set());
    callers.push([]);
    ctxCaller.push(from);
    propagate(c, entry, fact, -1);
    return c;
  };
  function propagate(c: number, node: number, fact: number, from: number): void {
    if (node <= 0) return;
    const key = c * NF + node * F + fact;
    if (parent.has(key)) return;
    parent.set(key, from);
    work.push(key);
  }

  const info = (n: number): NodeInfo => graph.nodes[n] as NodeInfo;
  const where = (n: number): string => {
    const i = info(n);
    return `${ctx.fileName(i.file) ?? '?'}:${i.line ?? '?'}`;
  };
  /** The witness path back from `key`, as node ids, newest first, crossing into callers. */
  const pathBack = (key: number): number[] => {
    const out: number[] = [];
    let k = key;
    for (let guard = 0; guard < 200_000 && k >= 0; guard += 1) {
      const c = Math.floor(k / NF);
      out.push(Math.floor((k % NF) / F));
      const p = parent.get(k) ?? -1;
      k = p >= 0 ? p : (ctxCaller[c] ?? -1);
    }
    return out;
  };
  /**
   * The conditions on the path that the over-approximation decided (a condition the role decides is left out), and
   * among them the decisive ones for `lost`, a beat the path misses.
   */
  const chainOf = (path: readonly number[], lost: string | null): { chain: string[]; decisive: string[] } => {
    const chain: string[] = [];
    const decisive: string[] = [];
    const reach = lost === null ? null : ctx.canReachBeat(lost);
    for (let i = path.length - 1; i > 0; i -= 1) {
      const from = path[i] as number;
      const to = path[i - 1] as number;
      const node = info(from).node;
      let branch: string | null = null;
      let other = -1;
      if ((node.kind === 'goto' || node.kind === 'call') && node.conditional) {
        const taken = to === node.next && node.target !== to ? 'false' : 'true';
        branch = taken;
        other = taken === 'true' ? node.next : node.target;
      } else if (node.kind === 'choice' && node.hasCondition && to === node.target) {
        branch = 'offered, taken';
      }
      if (branch === null || ctx.condition(from, spec.role) !== null) continue;
      const text = `${where(from)} ${branch}: ${ctx.sourceLine(info(from).file, info(from).line)}`;
      chain.push(text);
      if (reach && other > 0 && reach[other] && !reach[to]) decisive.push(text);
    }
    // The last 30, and the decisive conditions before them: a long chapter must not push out where the beat was lost.
    const recent = chain.slice(-30);
    return { chain: [...decisive.filter((d) => !recent.includes(d)), ...recent], decisive };
  };
  /** The nearest node on the path (at or before `key`) that has a line, and the last choice point. */
  const located = (path: readonly number[], pick: (n: number) => boolean): number => {
    for (const n of path) if (pick(n) && info(n).line !== null) return n;
    return path[0] as number;
  };
  const fail = (
    kind: ProofFailureKind,
    key: number,
    message: string,
    beat: string | null,
    at?: number,
    lost: string | null = null,
  ): void => {
    if (failures.length >= MAX_FAILURES) return;
    const path = pathBack(key);
    const n = at ?? located(path, () => true);
    const sig = `${kind}|${n}|${beat}`;
    if (failed.has(sig)) return;
    failed.add(sig);
    const i = info(n);
    const file = ctx.fileName(i.file);
    const { chain, decisive } = chainOf(path, lost);
    const text = `${message} (${where(n)})`;
    failures.push({ kind, segment: spec.id, message: text, file, line: i.line, beat, chain, decisive });
  };
  const missing = (from: number, to: number): string => canonical.slice(from, to).join(', ');

  const ending = (key: number, fact: number): void => {
    endings += 1;
    const idx = decIdx(fact);
    if (idx !== L) {
      const lost = canonical[idx] ?? null;
      fail('ending-incomplete', key, `a path ends without the beats ${missing(idx, L)}`, lost, undefined, lost);
    }
  };
  const stop = (key: number, fact: number, isDone: boolean): void => {
    const col = decCol(fact);
    if (col === 2) return;
    if (col === 1) {
      const path = pathBack(key);
      const choice = located(path, (n) => info(n).node.kind === 'choice');
      const message = 'the options collected here may all be unavailable for some state (none is always offered)';
      fail('choice-may-be-empty', key, message, null, choice);
      return;
    }
    if (isDone) ending(key, fact);
    else fail('dead-end', key, 'the flow runs out of content with no choice offered (dead end)', null);
  };
  const moveTo = (c: number, key: number, target: number, fact: number): void => {
    if (spec.home !== null) {
      const knot = info(target).knot;
      const intoCheckpoint = target !== spec.start && ctx.checkpoints.has(target);
      if (intoCheckpoint || !ctx.knotIn(knot, spec.home)) {
        if (target === spec.nextCheckpoint) {
          exits += 1;
          const idx = decIdx(fact);
          const left = `the chapter is left into ${spec.nextName}`;
          if (decCol(fact) !== 0) fail('wrong-exit', key, `${left} while choices are pending`, null);
          else if (idx < spec.exitIdx) {
            const without = `${left} without the beats ${missing(idx, spec.exitIdx)}`;
            const lost = canonical[idx] ?? null;
            fail('exit-incomplete', key, without, lost, undefined, lost);
          } else if (idx > spec.exitIdx) {
            const early = `${left} after passing beats of a later chapter (${missing(spec.exitIdx, idx)})`;
            fail('exit-incomplete', key, early, canonical[spec.exitIdx] ?? null);
          }
          return;
        }
        const expected = spec.nextName === null ? 'the chapter has no next' : `the next one is ${spec.nextName}`;
        fail('wrong-exit', key, `the chapter is left into ${knot || 'the story root'} (${expected})`, null);
        return;
      }
    }
    propagate(c, target, fact, key);
  };

  newCtx(spec.start, 'main', enc(spec.startIdx, spec.role, 0), -1);

  while (work.length > 0) {
    const key = work.pop() as number;
    const c = Math.floor(key / NF);
    const n = Math.floor((key % NF) / F);
    const fact = key % F;
    const node = info(n).node;
    const idx = decIdx(fact);
    const role = decRole(fact);
    const col = decCol(fact);
    switch (node.kind) {
      case 'plain':
        propagate(c, node.next, fact, key);
        break;
      case 'beat': {
        const p = canonical.indexOf(node.beat);
        if (p < 0) fail('beat-unknown', key, `beat ${node.beat} is not in the canonical sequence`, node.beat, n);
        else if (col !== 0) {
          const message = `beat ${node.beat} is passed after options were collected and before one is taken`;
          fail('beat-while-choosing', key, message, node.beat, n);
        } else if (p < idx) {
          const message = `beat ${node.beat} can be passed again (a path reaches it after it, or a loop passes it)`;
          fail('beat-repeated', key, message, node.beat, n);
        } else if (p > idx) {
          const message = `beat ${node.beat} can be reached before ${canonical[idx]} (missing: ${missing(idx, p)})`;
          fail('beat-out-of-order', key, message, node.beat, n, canonical[idx] ?? null);
        } else propagate(c, node.next, enc(idx + 1, role, col), key);
        break;
      }
      case 'assign':
        if (node.variable === ctx.roleVariable) {
          if (col !== 0) {
            fail('role-assigned-while-choosing', key, 'the role is assigned while options are pending', null, n);
          }
          propagate(c, node.next, enc(idx, ctx.assignedRole(n), col), key);
        } else propagate(c, node.next, fact, key);
        break;
      case 'goto': {
        const v = node.conditional ? ctx.condition(n, role) : true;
        if (v !== false) moveTo(c, key, node.target, fact);
        if (node.conditional && v !== true) propagate(c, node.next, fact, key);
        break;
      }
      case 'call': {
        const v = node.conditional ? ctx.condition(n, role) : true;
        if (node.conditional && v !== true) propagate(c, node.next, fact, key);
        if (v === false) break;
        const callee = newCtx(node.target, node.frame, fact, key);
        callers[callee]?.push({ ctx: c, cont: node.next, from: key });
        for (const rf of summaries[callee] ?? []) propagate(c, node.next, rf, key);
        break;
      }
      case 'choice': {
        const v = node.hasCondition ? ctx.condition(n, role) : true;
        if (v !== false) propagate(c, node.target, enc(idx, role, 0), key);
        const sure = v === true && ctx.liveness.alwaysOffered(n);
        const nextCol = v === false ? col : Math.max(col, sure ? 2 : 1);
        propagate(c, node.next, enc(idx, role, nextCol), key);
        break;
      }
      case 'return': {
        const frame = ctxFrame[c];
        if (frame === 'main') {
          fail('return-without-call', key, 'a return (->-> or ~ return) is reached with no caller', null, n);
        } else if (frame !== node.frame) {
          fail('return-without-call', key, `a ${node.frame} return inside a ${frame}`, null, n);
        } else addSummary(c, fact);
        break;
      }
      case 'runout':
        if (ctxFrame[c] === 'function') addSummary(c, fact);
        else stop(key, fact, false);
        break;
      case 'done':
        stop(key, fact, true);
        break;
      case 'end':
        ending(key, fact);
        break;
      case 'unsupported':
        fail('unsupported', key, `the proof does not model ${node.what}`, null, n);
        break;
    }
  }
  function addSummary(c: number, fact: number): void {
    const set = summaries[c] as Set<number>;
    if (set.has(fact)) return;
    set.add(fact);
    for (const caller of callers[c] ?? []) propagate(caller.ctx, caller.cont, fact, caller.from);
  }
  const reached = new Uint8Array(N);
  for (const key of parent.keys()) reached[Math.floor((key % NF) / F)] = 1;
  return { id: spec.id, failures, states: parent.size, exits, endings, reached };
}
