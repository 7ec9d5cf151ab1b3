// The structural half of "no dead end and no trap": which options are offered whatever the state, and that every
// loop is paid for with a once-only choice. Both facts are about the graph alone, so they are computed once per
// story and used by every segment.
//
// Two graphs over the flow nodes:
// - the *reach* graph: every edge the runtime can take (both branches of every condition, every choice, calls into
//   callees, a call's step to its continuation, and, for callees that hold choices, returns to the continuation of
//   every call site of that callee). It over-approximates "node B can run after node A" for any run, from any start;
// - the *loop* graph: the same without return edges (a call steps to its continuation directly, the callee's own
//   loops are checked through the call edge) and without once-only choice edges.
//
// Available option. A once-only choice is offered iff its body container has never been entered. If nothing but
// the choice diverts to that container (it is named-only, no divert targets it), the container has been entered
// only by taking this choice; if, in addition, the choice point and its body are in different components of the
// reach graph, no run can come back to the choice point after taking the choice. So such a choice without a
// condition is offered every time its choice point runs. A sticky choice without a condition always is.
//
// Termination. A once-only choice whose body counts visits can be taken at most once per run. If the loop graph
// has no cycle, every cycle of the real flow takes a once-only choice, so a run can pass through cycles only
// finitely often: every run is finite (no endless loop inside a step, no endless choosing).
import type { FlowGraph } from './flow-graph.ts';
import { stronglyConnected } from './scc.ts';

export interface LoopFailure {
  readonly nodes: readonly number[];
}

export interface Liveness {
  /** True if the choice at node `n` is offered whenever its point runs and its condition (if any) holds. */
  alwaysOffered(n: number): boolean;
  /** Cycles that take no once-only choice (each a set of nodes). */
  readonly loops: readonly LoopFailure[];
  /** For each callee entry: its return nodes. */
  readonly returnsOf: ReadonlyMap<number, readonly number[]>;
  /** Every node that can run after any of `starts` (in the reach graph), the starts included. */
  reachableFrom(starts: readonly number[]): Uint8Array;
  /** Every node from which one of `targets` can run later (in the reach graph), the targets included. */
  reaching(targets: readonly number[]): Uint8Array;
}

interface Procedure {
  readonly returns: number[];
  readonly calls: number[];
  readonly hasChoice: boolean;
}

/** The body of the procedure that starts at `entry` (nodes reachable without entering callees): returns, calls. */
function procedureOf(graph: FlowGraph, entry: number, frame: 'function' | 'tunnel'): Procedure {
  const seen = new Set<number>([entry]);
  const todo = [entry];
  const returns: number[] = [];
  const calls: number[] = [];
  let hasChoice = false;
  while (todo.length > 0) {
    const n = todo.pop() as number;
    const node = graph.nodes[n]?.node;
    if (!node) continue;
    const next: number[] = [];
    switch (node.kind) {
      case 'plain':
      case 'beat':
      case 'assign':
        next.push(node.next);
        break;
      case 'goto':
        next.push(node.target);
        if (node.conditional) next.push(node.next);
        break;
      case 'call':
        calls.push(node.target);
        next.push(node.next);
        break;
      case 'choice':
        hasChoice = true;
        next.push(node.next, node.target);
        break;
      case 'return':
        returns.push(n);
        break;
      case 'runout':
        if (frame === 'function') returns.push(n);
        break;
      case 'done':
      case 'end':
      case 'unsupported':
        break;
    }
    for (const m of next) {
      if (m > 0 && !seen.has(m)) {
        seen.add(m);
        todo.push(m);
      }
    }
  }
  return { returns, calls, hasChoice };
}

export function analyseLiveness(graph: FlowGraph): Liveness {
  const n = graph.nodes.length;
  const procedures = new Map<number, Procedure>();
  for (const info of graph.nodes) {
    const node = info.node;
    if (node.kind === 'call' && !procedures.has(node.target)) {
      procedures.set(node.target, procedureOf(graph, node.target, node.frame));
    }
  }
  // A callee "holds choices" if it or a callee it calls has a choice point. Only those need return edges in the
  // reach graph: a run that leaves a choice-free callee leaves it to the continuation of the call that entered it,
  // which the call's own step to its continuation already covers (and return edges to every call site of a
  // function called from many places would join unrelated parts of the story into one component).
  const holdsChoices = new Set<number>([...procedures].filter(([, p]) => p.hasChoice).map(([e]) => e));
  for (let changed = true; changed;) {
    changed = false;
    for (const [e, p] of procedures) {
      if (!holdsChoices.has(e) && p.calls.some((c) => holdsChoices.has(c))) {
        holdsChoices.add(e);
        changed = true;
      }
    }
  }
  const returnsOf = new Map<number, number[]>();
  const continuationsOfReturn = new Map<number, number[]>();
  for (const info of graph.nodes) {
    const node = info.node;
    if (node.kind !== 'call') continue;
    const returns = (procedures.get(node.target) as Procedure).returns;
    returnsOf.set(node.target, returns);
    if (!holdsChoices.has(node.target)) continue;
    for (const r of returns) {
      const list = continuationsOfReturn.get(r) ?? [];
      list.push(node.next);
      continuationsOfReturn.set(r, list);
    }
  }
  const edges = (v: number, loop: boolean): number[] => {
    const node = graph.nodes[v]?.node;
    if (!node) return [];
    switch (node.kind) {
      case 'plain':
      case 'beat':
      case 'assign':
        return [node.next];
      case 'goto':
        return node.conditional ? [node.target, node.next] : [node.target];
      case 'call':
        return [node.target, node.next];
      case 'choice':
        if (loop && node.onceOnly && node.targetContainer.visitsShouldBeCounted) return [node.next];
        return [node.next, node.target];
      case 'return':
      case 'runout':
        return loop ? [] : (continuationsOfReturn.get(v) ?? []);
      case 'done':
      case 'end':
      case 'unsupported':
        return [];
    }
  };
  const reachComp = stronglyConnected(n, (v) => edges(v, false));
  const loopComp = stronglyConnected(n, (v) => edges(v, true));
  const members = new Map<number, number[]>();
  for (let v = 1; v < n; v += 1) {
    const c = loopComp[v] as number;
    const list = members.get(c) ?? [];
    list.push(v);
    members.set(c, list);
  }
  const loops: LoopFailure[] = [];
  for (const nodes of members.values()) {
    const only = nodes[0] as number;
    if (nodes.length > 1 || edges(only, true).includes(only)) loops.push({ nodes });
  }
  const alwaysOffered = (v: number): boolean => {
    const node = graph.nodes[v]?.node;
    if (node?.kind !== 'choice') return false;
    if (!node.onceOnly) return true;
    const body = node.targetContainer;
    const parent = body.parent;
    const namedOnly = !parent || !('content' in parent) || !(parent.content as unknown[]).includes(body);
    return namedOnly && !graph.divertTargets.has(body) && reachComp[v] !== reachComp[node.target];
  };
  const reachableFrom = (starts: readonly number[]): Uint8Array => {
    const seen = new Uint8Array(n);
    const todo = starts.filter((v) => v > 0);
    for (const v of todo) seen[v] = 1;
    while (todo.length > 0) {
      for (const w of edges(todo.pop() as number, false)) {
        if (w > 0 && !seen[w]) {
          seen[w] = 1;
          todo.push(w);
        }
      }
    }
    return seen;
  };
  let reverse: number[][] | null = null;
  const reaching = (targets: readonly number[]): Uint8Array => {
    if (!reverse) {
      const r: number[][] = Array.from({ length: n }, () => []);
      for (let v = 1; v < n; v += 1) for (const w of edges(v, false)) if (w > 0) r[w]?.push(v);
      reverse = r;
    }
    const back = reverse;
    const seen = new Uint8Array(n);
    const todo = targets.filter((v) => v > 0);
    for (const v of todo) seen[v] = 1;
    while (todo.length > 0) {
      for (const w of back[todo.pop() as number] ?? []) {
        if (!seen[w]) {
          seen[w] = 1;
          todo.push(w);
        }
      }
    }
    return seen;
  };
  return { alwaysOffered, loops, returnsOf, reachableFrom, reaching };
}
