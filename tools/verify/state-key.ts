// Keys for a story state at a choice point, taken from inkjs's own save JSON (`story.state.ToJson()`).
// Contract:
// - `baseKey`: everything that decides what happens next EXCEPT globals, visit counts and turn indices: the
//   flows' call stacks (with temporaries), the pending choices and their threads, the evaluation stack, the
//   random seed and the last random number. Thread numbers are renumbered by first appearance: inkjs uses
//   them only to match a choice to the thread it was generated in, so two paths that generated a different
//   number of threads on the way still share a key. The output stream is left out: Continue() clears it.
// - `depValue`: the value at this state of one dependency name logged by read-log.ts.
// - `loopKey`: the base key plus all globals (visit counts and turns left out), used to spot a loop that
//   only makes counters grow; `fullKey` adds visit counts (turn indices are never part of what repeats).

export interface InkStateJson {
  flows: Record<string, FlowJson>;
  currentFlowName?: string;
  variablesState?: Record<string, unknown>;
  evalStack?: unknown[];
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
}

interface ThreadJson {
  threadIndex?: number;
  [key: string]: unknown;
}
interface FlowJson {
  callstack: { threads: ThreadJson[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, ThreadJson>;
  currentChoices?: { originalThreadIndex?: number; index?: number; [key: string]: unknown }[];
}

function canonicalFlow(flow: FlowJson): unknown {
  const renumber = new Map<number, number>();
  const idOf = (n: number | undefined): number | undefined => {
    if (n === undefined) return undefined;
    let id = renumber.get(n);
    if (id === undefined) {
      id = renumber.size;
      renumber.set(n, id);
    }
    return id;
  };
  const threads = flow.callstack.threads.map((t) => ({ ...t, threadIndex: idOf(t.threadIndex) }));
  const choices = (flow.currentChoices ?? []).map((c) => {
    const { index: _index, ...rest } = c;
    return { ...rest, originalThreadIndex: idOf(c.originalThreadIndex) };
  });
  const choiceThreads = Object.keys(flow.choiceThreads ?? {})
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => {
      const t = flow.choiceThreads?.[String(n)] as ThreadJson;
      return [idOf(n), { ...t, threadIndex: idOf(t.threadIndex) }];
    });
  return { threads, choices, choiceThreads };
}

export function baseKey(state: InkStateJson): string {
  const flows = Object.keys(state.flows)
    .sort()
    .map((name) => [name, canonicalFlow(state.flows[name] as FlowJson)]);
  return JSON.stringify([
    flows,
    state.currentFlowName ?? null,
    state.evalStack ?? [],
    state.storySeed ?? 0,
    state.previousRandom ?? 0,
  ]);
}

/** Globals as the save writes them: a variable equal to its default is omitted, so "absent" means "default". */
export function depValue(state: InkStateJson, dep: string): string {
  const name = dep.slice(2);
  switch (dep[0]) {
    case 'v':
      return JSON.stringify(state.variablesState?.[name] ?? null);
    case 'c':
      return String(state.visitCounts?.[name] ?? 0);
    case 't': {
      const at = state.turnIndices?.[name];
      return String(at === undefined ? -1 : (state.turnIdx ?? -1) - at);
    }
    default:
      throw new Error(`verifier: unknown dependency kind in "${dep}"`);
  }
}

export function loopKey(base: string, state: InkStateJson): string {
  return `${base}\u0000${JSON.stringify(sorted(state.variablesState ?? {}))}`;
}

export function fullKey(loop: string, state: InkStateJson): string {
  return `${loop}\u0000${JSON.stringify(sorted(state.visitCounts ?? {}))}`;
}

function sorted(record: Record<string, unknown>): [string, unknown][] {
  return Object.keys(record)
    .sort()
    .map((k) => [k, record[k]]);
}
