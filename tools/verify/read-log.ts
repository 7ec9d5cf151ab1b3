// Records what the ink runtime READS while the verifier continues a story, and which containers it ENTERS.
// Contract: `installReadLog(story)` patches (once, idempotently) the prototypes that this Story instance uses:
//   StoryState.VisitCountForContainer   → dependency `c:<container path>` (read counts, once-only choices, sequences)
//   StoryState.TurnsSinceForContainer   → dependency `t:<container path>` (TURNS_SINCE)
//   VariablesState.GetVariableWithName  → dependency `v:<global name>` (temporaries live in the call stack, which
//                                         is part of the state's base key, so only globals are logged)
//   VariablesState.SetGlobal(empty list)→ dependency `v:<name>` (ink copies the old value's list origins into an
//                                         empty list on assignment: a read in disguise)
//   VariablesState.SetGlobal            → `writes` gets `v:<name>` (segment summaries, explorer.ts)
//   Story.VisitContainer                → coverage: the container's path is added to `entered`; entering a
//                                         `boundaries` knot sets `crossed`
// Nothing is logged unless a Recorder is active, so the patches are inert for any other Story in the process.
// StoryState.IncrementVisitCountForContainer calls VisitCountForContainer internally; that call only bumps a
// counter and cannot change output, so it is suppressed (a read that is not a read).

export interface Recorder {
  /** Dependency names read since the recorder started: `v:name`, `c:path`, `t:path`. */
  readonly reads: Set<string>;
  /** Paths of every container the runtime entered (knots, stitches, gathers, choice bodies). */
  readonly entered: Set<string>;
  /** Globals assigned since the recorder started, as `v:name` (the same names as reads). */
  readonly writes?: Set<string>;
  /** Knot names that end a verification segment (chapter checkpoints); `crossed` is set when one is entered. */
  readonly boundaries?: ReadonlySet<string>;
  crossed?: string;
  /** Path of the container entered most recently (where a path ended, when the step ends the story). */
  lastEntered?: string;
}

type AnyFn = (...args: unknown[]) => unknown;
type Patchable = Record<string, unknown>;
interface ContainerLike {
  path: { toString(): string };
}
interface VariablesLike {
  _globalVariables: Map<string, unknown>;
  _defaultGlobalVariables: Map<string, unknown> | null;
}

const PATCHED = Symbol.for('avenida-viena.verify.read-log');
// Shared through globalThis: if this module is loaded twice in one process (two Vite module graphs), the
// second copy must log into the same recorder as the patches the first copy installed, never silently miss.
const SHARED = Symbol.for('avenida-viena.verify.read-log.shared');
interface Shared {
  active: Recorder | null;
  suppressed: number;
}
const shared: Shared = ((globalThis as Record<symbol, unknown>)[SHARED] as Shared | undefined) ?? {
  active: null,
  suppressed: 0,
};
(globalThis as Record<symbol, unknown>)[SHARED] = shared;

/** Starts logging into a fresh recorder (or the given one); returns it. Only one recorder is active at a time. */
export function startRecording(into?: Recorder): Recorder {
  const recorder = into ?? { reads: new Set<string>(), entered: new Set<string>() };
  shared.active = recorder;
  return recorder;
}

/** Stops logging; reads made afterwards (the verifier's own look-ups) are not dependencies. */
export function stopRecording(): void {
  shared.active = null;
}

function isGlobal(vars: VariablesLike, name: string): boolean {
  return vars._globalVariables.has(name) || (vars._defaultGlobalVariables?.has(name) ?? false);
}

function wrap(proto: Patchable, method: string, make: (original: AnyFn) => AnyFn): void {
  const original = proto[method];
  if (typeof original !== 'function')
    throw new Error(`verifier: inkjs has no ${method} to observe (inkjs version changed?)`);
  proto[method] = make(original as AnyFn);
}

/** Patches the prototypes behind `story` so that an active Recorder sees reads and entered containers. */
export function installReadLog(story: object): void {
  const storyProto = Object.getPrototypeOf(story) as Patchable;
  const state = (story as { state: object }).state;
  const stateProto = Object.getPrototypeOf(state) as Patchable;
  const varsProto = Object.getPrototypeOf((state as { variablesState: object }).variablesState) as Patchable;
  for (const proto of [storyProto, stateProto, varsProto]) if (proto[PATCHED as unknown as string]) return;

  wrap(
    stateProto,
    'VisitCountForContainer',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (shared.active && shared.suppressed === 0)
          shared.active.reads.add(`c:${(args[0] as ContainerLike).path.toString()}`);
        return original.apply(this, args);
      },
  );
  wrap(
    stateProto,
    'IncrementVisitCountForContainer',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        shared.suppressed++;
        try {
          return original.apply(this, args);
        } finally {
          shared.suppressed--;
        }
      },
  );
  wrap(
    stateProto,
    'TurnsSinceForContainer',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (shared.active) shared.active.reads.add(`t:${(args[0] as ContainerLike).path.toString()}`);
        return original.apply(this, args);
      },
  );
  wrap(
    varsProto,
    'GetVariableWithName',
    (original) =>
      function (this: VariablesLike, ...args: unknown[]) {
        const name = args[0] as string;
        const contextIndex = (args[1] as number | undefined) ?? -1;
        const active = shared.active;
        if (active && contextIndex <= 0 && isGlobal(this, name)) active.reads.add(`v:${name}`);
        return original.apply(this, args);
      },
  );
  wrap(
    varsProto,
    'SetGlobal',
    (original) =>
      function (this: VariablesLike, ...args: unknown[]) {
        const value = args[1] as { value?: { Count?: number } | number } | null;
        const active = shared.active;
        active?.writes?.add(`v:${args[0] as string}`);
        if (shared.active && typeof value?.value === 'object' && value.value.Count === 0)
          shared.active.reads.add(`v:${args[0] as string}`);
        return original.apply(this, args);
      },
  );
  wrap(
    storyProto,
    'VisitContainer',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        if (shared.active) {
          const path = (args[0] as ContainerLike).path.toString();
          shared.active.entered.add(path);
          shared.active.lastEntered = path;
          if (shared.active.boundaries?.has(path)) shared.active.crossed = path;
        }
        return original.apply(this, args);
      },
  );
  for (const proto of [storyProto, stateProto, varsProto]) proto[PATCHED as unknown as string] = true;
}
