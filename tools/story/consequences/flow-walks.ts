// Bounded walks over the proof's flow graph (tools/verify/proof/flow-graph.ts) that the consequence measure needs:
// what a choice's own content is, which choice points form one menu, and whether the two branches of a condition
// differ in anything the player sees.
import { Container } from 'inkjs/engine/Container';
import { ControlCommand } from 'inkjs/engine/ControlCommand';
import { StringValue } from 'inkjs/engine/Value';
import { Tag } from 'inkjs/engine/Tag';
import type { FlowGraph, FlowNode, NodeInfo } from '../../verify/proof/flow-graph.ts';

/** How a walk treats a choice point it meets: stop there (keeping it), or go on into its body and past it. */
export type ChoicePolicy = (choiceNode: number) => 'stop' | 'enter';

/**
 * Every node the flow can reach from `starts` without passing a choice point the policy stops at, a checkpoint
 * (`stops`) or a return; calls go into the callee and on to the continuation. At most `limit` nodes.
 */
export function walk(
  graph: FlowGraph,
  starts: readonly number[],
  policy: ChoicePolicy,
  stops: ReadonlySet<number>,
  limit = 20_000,
): Set<number> {
  const seen = new Set<number>();
  const todo = [...starts];
  while (todo.length > 0 && seen.size < limit) {
    const n = todo.pop() as number;
    if (n <= 0 || seen.has(n)) continue;
    seen.add(n);
    if (stops.has(n) && !starts.includes(n)) continue;
    const node = (graph.nodes[n] as NodeInfo).node;
    todo.push(...successors(node, n, policy));
  }
  return seen;
}

function successors(node: FlowNode, n: number, policy: ChoicePolicy): number[] {
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
      return policy(n) === 'enter' ? [node.target, node.next] : [];
    case 'return':
    case 'done':
    case 'end':
    case 'runout':
    case 'unsupported':
      return [];
  }
}

/**
 * The choice points collected together with each choice point (its menu), found by following the flow after each
 * point (past other points, not into bodies or callees) until the flow stops for the player. Returns a menu id per
 * choice node.
 */
export function menusOf(graph: FlowGraph, choiceNodes: readonly number[], stops: ReadonlySet<number>) {
  const parent = new Map<number, number>(choiceNodes.map((c) => [c, c]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  const passage = new Map<number, Set<number>>();
  for (const c of choiceNodes) {
    const seen = new Set<number>();
    const todo = [c];
    while (todo.length > 0 && seen.size < 5_000) {
      const n = todo.pop() as number;
      if (n <= 0 || seen.has(n)) continue;
      seen.add(n);
      if (stops.has(n)) continue;
      const node = (graph.nodes[n] as NodeInfo).node;
      switch (node.kind) {
        case 'choice':
          if (parent.has(n)) parent.set(find(n), find(c));
          todo.push(node.next);
          break;
        case 'call':
          todo.push(node.next);
          break;
        default:
          todo.push(...successors(node, n, () => 'stop'));
      }
    }
    passage.set(c, seen);
  }
  const menus = new Map<number, number[]>();
  for (const c of choiceNodes) {
    const id = find(c);
    const list = menus.get(id) ?? [];
    list.push(c);
    menus.set(id, list);
  }
  /** The menu of a choice point (its siblings and itself) and every node between those points. */
  return (c: number): { readonly members: readonly number[]; readonly between: ReadonlySet<number> } => {
    const members = menus.get(find(c)) ?? [c];
    const between = new Set<number>();
    for (const m of members) for (const n of passage.get(m) ?? []) between.add(n);
    return { members, between };
  };
}

/** Per container, for each index: inside an evaluation block, inside a tag. */
function modes(c: Container): { readonly evaluating: boolean[]; readonly tagging: boolean[] } {
  const evaluating: boolean[] = [];
  const tagging: boolean[] = [];
  let ev = false;
  let tag = false;
  for (const obj of c.content) {
    if (obj instanceof ControlCommand) {
      const t = obj.commandType;
      if (t === ControlCommand.CommandType.EvalStart) ev = true;
      else if (t === ControlCommand.CommandType.EvalEnd) ev = false;
      else if (t === ControlCommand.CommandType.BeginTag) tag = true;
      else if (t === ControlCommand.CommandType.EndTag) tag = false;
    }
    evaluating.push(ev);
    tagging.push(tag);
  }
  return { evaluating, tagging };
}

/**
 * Whether a node shows the player something: a line of text, a printed value, a `# scene:` picture, a choice
 * point (an option offered), or an ending.
 */
export function visibility(graph: FlowGraph): (n: number) => boolean {
  const cache = new Map<Container, ReturnType<typeof modes>>();
  return (n) => {
    const info = graph.nodes[n] as NodeInfo;
    const node = info.node;
    if (node.kind === 'choice' || node.kind === 'done' || node.kind === 'end') return true;
    const obj = info.obj;
    const c = info.container;
    if (obj === null || c === null) return false;
    if (obj instanceof Tag) return obj.text.startsWith('scene:');
    let m = cache.get(c);
    if (!m) cache.set(c, (m = modes(c)));
    if (obj instanceof ControlCommand) return obj.commandType === ControlCommand.CommandType.EvalOutput;
    if (!(obj instanceof StringValue)) return false;
    if (m.evaluating[info.index]) return false;
    if (m.tagging[info.index]) return /^\s*scene:/.test(obj.value ?? '');
    return (obj.value ?? '').trim() !== '';
  };
}

/**
 * Whether the condition at a conditional divert changes what the player sees: the content reachable from its two
 * branches up to the next choice point differs in a visible node.
 */
export function branchesDiffer(
  graph: FlowGraph,
  n: number,
  visible: (n: number) => boolean,
  stops: ReadonlySet<number>,
): boolean {
  const node = (graph.nodes[n] as NodeInfo).node;
  if (node.kind !== 'goto' || !node.conditional) return false;
  const taken = walk(graph, [node.target], () => 'stop', stops, 4_000);
  const skipped = walk(graph, [node.next], () => 'stop', stops, 4_000);
  for (const x of taken) if (!skipped.has(x) && visible(x)) return true;
  for (const x of skipped) if (!taken.has(x) && visible(x)) return true;
  return false;
}
