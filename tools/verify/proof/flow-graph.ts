// The control-flow graph of a compiled ink story, built from the compiler's runtime container tree (the tree inkjs
// runs; the JSON is its serialisation). One node per content object the runtime can stop its pointer on, with the
// runtime's own rules for where the pointer goes next (Story.Step / NextContent / IncrementContentPointer in inkjs
// 2.4): entering a container moves to its first object; falling off a container's end moves to the object after it
// in its parent, unless the container is named-only content (knots, stitches, choice bodies), where the flow runs
// out. Every object keeps its debug metadata, so each node knows its ink file and line.
import { ChoicePoint } from 'inkjs/engine/ChoicePoint';
import { Container } from 'inkjs/engine/Container';
import { ControlCommand } from 'inkjs/engine/ControlCommand';
import { Divert } from 'inkjs/engine/Divert';
import type { InkObject } from 'inkjs/engine/Object';
import { PushPopType } from 'inkjs/engine/PushPop';
import { Tag } from 'inkjs/engine/Tag';
import { DivertTargetValue, StringValue } from 'inkjs/engine/Value';
import { VariableAssignment } from 'inkjs/engine/VariableAssignment';
import { VariablePointerValue } from 'inkjs/engine/Value';

/** What a node does to the flow. `runout` nodes are virtual: the pointer fell off a named-only container. */
export type FlowNode =
  | { kind: 'plain'; next: number }
  | { kind: 'beat'; next: number; beat: string }
  | { kind: 'assign'; next: number; variable: string }
  | { kind: 'goto'; target: number; conditional: boolean; next: number }
  | { kind: 'call'; target: number; frame: 'function' | 'tunnel'; conditional: boolean; next: number }
  | {
      kind: 'choice';
      next: number;
      target: number;
      targetContainer: Container;
      onceOnly: boolean;
      hasCondition: boolean;
      invisible: boolean;
    }
  | { kind: 'return'; frame: 'function' | 'tunnel' }
  | { kind: 'done' }
  | { kind: 'end' }
  | { kind: 'runout' }
  | { kind: 'unsupported'; what: string };

export interface NodeInfo {
  readonly node: FlowNode;
  /** The runtime object and where it sits (null for the virtual run-out nodes). */
  readonly obj: InkObject | null;
  readonly container: Container | null;
  readonly index: number;
  /** Top-level knot the node belongs to ('' for the root's own content). */
  readonly knot: string;
  /** Ink file (as the compiler named it) and 1-based line; null when the compiler attached none. */
  readonly file: string | null;
  readonly line: number | null;
}

export interface FlowGraph {
  readonly nodes: readonly NodeInfo[];
  /** Node where the pointer lands when it is set to (container, index), following the runtime's rules. */
  at(container: Container, index: number): number;
  /** Entry node of a top-level knot (or a path such as `knot.stitch`), or -1. */
  entryOf(path: string): number;
  /** File each top-level knot is written in. */
  readonly knotFile: ReadonlyMap<string, string | null>;
  /** Containers some divert targets (so their visit count can change other than through a choice). */
  readonly divertTargets: ReadonlySet<Container>;
  /** Names of the story's global variables. */
  readonly globals: ReadonlySet<string>;
  /** Every name some assignment writes (globals, temporaries, parameters): a reference to it is a variable. */
  readonly variables: ReadonlySet<string>;
}

function isNamedOnly(c: Container): boolean {
  const parent = c.parent;
  return !(parent instanceof Container) || !parent.content.includes(c);
}

function topKnot(c: Container | null, root: Container): string {
  let cur: Container | null = c;
  while (cur && cur.parent !== root && cur.parent instanceof Container) cur = cur.parent;
  if (!cur || cur === root) return '';
  return cur.name ?? '';
}

function ownFile(obj: InkObject | null): string | null {
  return obj?.debugMetadata?.fileName ?? null;
}

/** Builds the graph over every container of the story (reachable or not). */
export function buildFlowGraph(root: Container): FlowGraph {
  // Node 0 is unused, so that no real node has the id 0.
  const nodes: NodeInfo[] = [
    { node: { kind: 'plain', next: -1 }, obj: null, container: null, index: -1, knot: '', file: null, line: null },
  ];
  const ids = new Map<Container, number[]>();
  const containers: Container[] = [];
  const visit = (c: Container): void => {
    containers.push(c);
    const slots: number[] = [];
    ids.set(c, slots);
    c.content.forEach((obj, i) => {
      if (obj instanceof Container) {
        slots.push(-1);
        visit(obj);
      } else {
        slots.push(nodes.length);
        const dm = obj.debugMetadata;
        const place = { knot: topKnot(c, root), file: dm?.fileName ?? null, line: dm?.startLineNumber ?? null };
        nodes.push({ node: { kind: 'plain', next: -1 }, obj, container: c, index: i, ...place });
      }
    });
    for (const [, named] of c.namedOnlyContent ?? new Map<string, InkObject>()) {
      if (named instanceof Container) visit(named);
    }
  };
  visit(root);

  // One run-out node per named-only container, so that "the flow ran out of this knot / stitch / choice body" has a
  // place (the container's last line) and a function's run-out returns only to that function's callers.
  const runouts = new Map<Container, number>();
  const runoutOf = (c: Container): number => {
    let id = runouts.get(c);
    if (id === undefined) {
      id = nodes.length;
      runouts.set(c, id);
      const last = c.content[c.content.length - 1] ?? null;
      const dm = last?.debugMetadata ?? c.debugMetadata;
      const line = dm?.endLineNumber ?? dm?.startLineNumber ?? null;
      const place = { knot: topKnot(c, root), file: dm?.fileName ?? null, line };
      nodes.push({ node: { kind: 'runout' }, obj: null, container: c, index: c.content.length, ...place });
    }
    return id;
  };
  const memo = new Map<Container, Map<number, number>>();
  const at = (container: Container, index: number): number => {
    let c = container;
    let i = index;
    for (;;) {
      if (i < c.content.length) {
        const obj = c.content[i];
        if (obj instanceof Container) {
          if (obj.content.length === 0) {
            i += 1;
            continue;
          }
          c = obj;
          i = 0;
          continue;
        }
        return (ids.get(c) as number[])[i] as number;
      }
      if (isNamedOnly(c)) return runoutOf(c);
      const parent = c.parent as Container;
      i = parent.content.indexOf(c) + 1;
      c = parent;
    }
  };
  const cachedAt = (container: Container, index: number): number => {
    let m = memo.get(container);
    if (!m) memo.set(container, (m = new Map<number, number>()));
    let v = m.get(index);
    if (v === undefined) m.set(index, (v = at(container, index)));
    return v;
  };
  const pointerNode = (d: Divert): number => {
    const p = d.targetPointer;
    if (p.isNull || !p.container) return -1;
    return cachedAt(p.container, p.index < 0 ? 0 : p.index);
  };

  const divertTargets = new Set<Container>();
  const variables = new Set<string>();
  const globals = new Set<string>();
  const decl = root.namedOnlyContent?.get('global decl');
  if (decl instanceof Container) {
    for (const obj of decl.content) {
      if (obj instanceof VariableAssignment && obj.variableName) globals.add(obj.variableName);
    }
  }

  for (let id = 1; id < nodes.length; id += 1) {
    const info = nodes[id] as NodeInfo;
    if (info.obj === null) continue;
    const obj = info.obj;
    const c = info.container as Container;
    const next = cachedAt(c, info.index + 1);
    let node: FlowNode = { kind: 'plain', next };
    if (obj instanceof Divert) {
      if (obj.hasVariableTarget) {
        node = { kind: 'unsupported', what: `divert to a variable target (${obj.variableDivertName})` };
      } else if (obj.isExternal) node = { kind: 'unsupported', what: 'EXTERNAL function call' };
      else {
        const target = pointerNode(obj);
        const tp = obj.targetPointer;
        if (tp.container) divertTargets.add(tp.container);
        if (target < 0) node = { kind: 'unsupported', what: `divert to an unknown target ${obj.targetPathString}` };
        else if (obj.pushesToStack) {
          const frame = obj.stackPushType === PushPopType.Function ? 'function' : 'tunnel';
          node = { kind: 'call', target, frame, conditional: obj.isConditional, next };
        } else node = { kind: 'goto', target, conditional: obj.isConditional, next };
      }
    } else if (obj instanceof ChoicePoint) {
      const tc = obj.choiceTarget;
      if (!tc) node = { kind: 'unsupported', what: 'choice without a target' };
      else {
        node = {
          kind: 'choice',
          next,
          target: cachedAt(tc, 0),
          targetContainer: tc,
          onceOnly: obj.onceOnly,
          hasCondition: obj.hasCondition,
          invisible: obj.isInvisibleDefault,
        };
      }
    } else if (obj instanceof ControlCommand) {
      switch (obj.commandType) {
        case ControlCommand.CommandType.Done:
          node = { kind: 'done' };
          break;
        case ControlCommand.CommandType.End:
          node = { kind: 'end' };
          break;
        case ControlCommand.CommandType.PopFunction:
          node = { kind: 'return', frame: 'function' };
          break;
        case ControlCommand.CommandType.PopTunnel: {
          // `->-> target` leaves a divert target on the evaluation stack just before: not modelled.
          const prev = c.content[info.index - 2];
          node =
            prev instanceof DivertTargetValue
              ? { kind: 'unsupported', what: 'tunnel onwards to a target (->-> target)' }
              : { kind: 'return', frame: 'tunnel' };
          break;
        }
        case ControlCommand.CommandType.StartThread:
          node = { kind: 'unsupported', what: 'thread (<-)' };
          break;
        default:
          break;
      }
    } else if (obj instanceof StringValue) {
      const prev = c.content[info.index - 1];
      const m = /^record:\s*(\S+)/.exec(obj.value ?? '');
      if (m && prev instanceof ControlCommand && prev.commandType === ControlCommand.CommandType.BeginTag) {
        node = { kind: 'beat', next, beat: m[1] as string };
      }
    } else if (obj instanceof Tag) {
      const m = /^record:\s*(\S+)/.exec(obj.text);
      if (m) node = { kind: 'beat', next, beat: m[1] as string };
    } else if (obj instanceof VariableAssignment && obj.variableName) {
      variables.add(obj.variableName);
      if (obj.isGlobal) node = { kind: 'assign', next, variable: obj.variableName };
    } else if (obj instanceof VariablePointerValue && obj.variableName && globals.has(obj.variableName)) {
      // A reference to a global passed to a function: the callee may assign it.
      node = { kind: 'assign', next, variable: obj.variableName };
    }
    nodes[id] = { ...info, node };
  }

  const knotFile = new Map<string, string | null>();
  for (const [name, k] of root.namedOnlyContent ?? new Map<string, InkObject>()) {
    if (k instanceof Container && name !== 'global decl') {
      knotFile.set(name, ownFile(k) ?? ownFile(k.content[0] ?? null));
    }
  }
  const entryOf = (path: string): number => {
    let c: InkObject | null = root;
    for (const part of path.split('.')) {
      if (!(c instanceof Container)) return -1;
      c = (c.namedContent.get(part) as InkObject | undefined) ?? null;
    }
    return c instanceof Container ? cachedAt(c, 0) : -1;
  };
  for (const info of nodes) if (info.knot && !knotFile.has(info.knot)) knotFile.set(info.knot, info.file);
  for (const g of globals) variables.add(g);
  return { nodes, at: cachedAt, entryOf, knotFile, divertTargets, globals, variables };
}
