// Segment exits (explorer.ts): where a path leaves a segment (enters the next chapter), as a transfer that can
// be applied to any state sharing the memo entry it was recorded under. Such a state executes exactly what the
// recording state executed, so its exit is the recorded exit frame (call stack, choices) with: the globals the
// segment assigned set to the values it assigned, every other global kept from the state, and the visit
// counts of the chapter being entered advanced by the increments the step into it made. Increments to counts
// elsewhere (the chapter being left) are not carried: they are listed in `touched`, and explorer.ts fails the
// path if anything after the exit reads one of them (a cross-chapter read count, which docs/writing-ink.md
// forbids). So exits that differ only in which choices of the old chapter were taken become one exit.
// Applying never runs ink.
import type { ValueOf } from './memo-table.ts';
import type { InkStateJson } from './state-key.ts';

export interface SegmentExit {
  /** The exit state as reached on the recording path (only its non-global parts are used). */
  readonly frameJson: string;
  readonly frameBase: string;
  /** Record beats from the segment state to the exit. */
  readonly beats: readonly string[];
  /** Globals assigned on the way → their value at the exit (undefined: back to the default). */
  readonly written: ReadonlyMap<string, unknown>;
  /** The boundary knot the exit enters; count increments inside it are kept in `deltas`. */
  readonly knot: string;
  /** Visit-count increments inside `knot`. */
  readonly deltas: ReadonlyMap<string, number>;
  /** Containers outside `knot` whose counts changed on the way (must not be read after the exit). */
  readonly touched: ReadonlySet<string>;
}

const inside = (path: string, knot: string): boolean => path === knot || path.startsWith(`${knot}.`);

/** A new exit at a step that entered `knot`: splits the step's count increments into kept and touched. */
export function newExit(
  frameJson: string,
  frameBase: string,
  knot: string,
  beats: readonly string[],
  written: Map<string, unknown>,
  stepDeltas: Map<string, number>,
): SegmentExit {
  const deltas = new Map<string, number>();
  const touched = new Set<string>();
  for (const [path, d] of stepDeltas) {
    if (inside(path, knot)) deltas.set(path, d);
    else touched.add(path);
  }
  return { frameJson, frameBase, knot, beats, written, deltas, touched };
}

export function countDeltas(from: InkStateJson, to: InkStateJson): Map<string, number> {
  const deltas = new Map<string, number>();
  const before = from.visitCounts ?? {};
  for (const [path, count] of Object.entries(to.visitCounts ?? {})) {
    const d = count - (before[path] ?? 0);
    if (d !== 0) deltas.set(path, d);
  }
  return deltas;
}

/** The values `state` has, after a step that assigned `writes` (names `v:x`) and reached `after`, of those globals. */
export function writtenValues(writes: Iterable<string>, after: InkStateJson): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const name of writes)
    if (name.startsWith('v:')) values.set(name.slice(2), after.variablesState?.[name.slice(2)]);
  return values;
}

/** The same exit seen one step earlier: that step emitted `stepBeats`, assigned `stepWritten`, changed counts. */
export function prependStep(
  exit: SegmentExit,
  stepBeats: readonly string[],
  stepWritten: Map<string, unknown>,
  stepDeltas: Map<string, number>,
): SegmentExit {
  const written = new Map(stepWritten);
  for (const [name, value] of exit.written) written.set(name, value);
  const deltas = new Map(exit.deltas);
  const touched = new Set(exit.touched);
  for (const [path, d] of stepDeltas) {
    if (inside(path, exit.knot)) deltas.set(path, (deltas.get(path) ?? 0) + d);
    else touched.add(path);
  }
  return {
    frameJson: exit.frameJson,
    frameBase: exit.frameBase,
    knot: exit.knot,
    beats: [...stepBeats, ...exit.beats],
    written,
    deltas,
    touched,
  };
}

/** Exits with the same key lead to the same state (touched counts aside, which nothing may read). */
export function exitKey(exit: SegmentExit): string {
  const written = [...exit.written].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const deltas = [...exit.deltas].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify([exit.frameBase, exit.beats, written, deltas]);
}

/** Dependency values of the exit state reached from `state`, without building it. */
export function exitValues(exit: SegmentExit, state: InkStateJson): ValueOf {
  return (dep) => {
    const name = dep.slice(2);
    switch (dep[0]) {
      case 'v':
        return JSON.stringify((exit.written.has(name) ? exit.written.get(name) : state.variablesState?.[name]) ?? null);
      case 'c':
        return String((state.visitCounts?.[name] ?? 0) + (exit.deltas.get(name) ?? 0));
      default:
        throw new Error(`verifier: dependency "${dep}" cannot cross a segment boundary`);
    }
  };
}

/** The exit state reached from `state`, materialised. */
export function applyExit(exit: SegmentExit, state: InkStateJson): InkStateJson {
  const out = JSON.parse(exit.frameJson) as InkStateJson;
  const vars: Record<string, unknown> = { ...(state.variablesState ?? {}) };
  for (const [name, value] of exit.written) {
    if (value === undefined) Reflect.deleteProperty(vars, name);
    else vars[name] = value;
  }
  out.variablesState = vars;
  const counts: Record<string, number> = { ...(state.visitCounts ?? {}) };
  for (const [path, d] of exit.deltas) counts[path] = (counts[path] ?? 0) + d;
  out.visitCounts = counts;
  return out;
}
