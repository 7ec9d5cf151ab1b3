// Exhaustive exploration of an ink story's choices with sound memoisation (dynamic read-sets), in segments.
//
// Segment summary. The story is cut at boundary knots (the chapter checkpoints). For a choice-point state S,
// `segment(S)` explores every choice until the path ends (an outcome: ending or failure, with the record beats
// from S on) or enters a boundary knot and reaches its first choice (an exit: that state, the beats on the
// way, the globals assigned and the visit counts incremented). The summary depends only on S's base key
// (call stack, choices, seed: state-key.ts) and on the values at S of the globals and visit counts READ in the
// segment (read-log.ts). So it is memoised under { base key, names read, their values at S }; a later state
// S' with the same base key and the same values reuses it: the runtime would execute the same instructions.
// Its exits are re-instantiated for S' (instantiate-exit.ts).
//
// Whole result. `whole(S)` = the segment's outcomes, plus, for each exit X, X's beats followed by whole(X).
// It depends on the segment's reads and on whatever whole(X) depends on, except globals the segment assigned
// (their value at X does not come from S). It is memoised the same way. Cutting at chapters keeps a chapter's
// inner states from being multiplied by every value that only later chapters read.
//
// Loops inside a segment: a state equal (minus turn indices) to one on the current path is a cycle and is not
// entered again. A state that differs from one on the path only by visit counts (a loop whose counters grow)
// is entered at most `loopRepeats` times; after that it is treated as the same state ("collapsed", counted).
// A summary that depends on a state still on the path (it closed a cycle above itself) is never memoised.
import { startRecording, stopRecording, type Recorder } from './read-log.ts';
import { runStep, type StepLimits, type StepResult } from './run-step.ts';
import { baseKey, fullKey, loopKey, type InkStateJson } from './state-key.ts';
import { outcomeKey, prependBeats, type Outcome } from './outcome.ts';
import { MemoTable, valuesIn } from './memo-table.ts';
import {
  applyExit,
  countDeltas,
  exitKey,
  exitValues,
  newExit,
  prependStep,
  writtenValues,
  type SegmentExit,
} from './instantiate-exit.ts';

/** How an outcome (or exit) is reached: choice labels, then the next result in the chain. */
export interface Via {
  readonly labels: readonly string[];
  /** The choice indices behind `labels` (only real choices: markers such as "(not explored)" have none). */
  readonly indices: readonly number[];
  readonly next: { readonly outcomes: Map<string, Via> } | null;
  readonly nextKey: string | null;
}

interface ExitEntry {
  /** The first exit recorded under this key; `touched` below is the union over all of them. */
  readonly exit: SegmentExit;
  readonly touched: ReadonlySet<string>;
  readonly via: Via;
  readonly paths: number;
}

export interface SegmentResult {
  readonly outcomes: Map<string, Via>;
  readonly exits: Map<string, ExitEntry>;
  readonly deps: readonly string[];
  /** Complete paths inside the segment that end the story. */
  readonly paths: number;
  /** The shallowest path depth this subtree loops back to; Infinity when it is self-contained. */
  readonly low: number;
}

export interface WholeResult {
  readonly outcomes: Map<string, Via>;
  readonly deps: readonly string[];
  /** Number of distinct complete paths (a float: it can be astronomically large). */
  readonly paths: number;
}

export interface ExplorerStats {
  states: number;
  merges: number;
  wholeMerges: number;
  exits: number;
  steps: number;
  cycles: number;
  loopCollapses: number;
  memoEntries: number;
  baseKeys: number;
}

export interface ExplorerStory {
  state: { ToJson(): string; LoadJson(json: string): void };
  ChooseChoiceIndex(index: number): void;
  canContinue: boolean;
  asyncContinueComplete: boolean;
  currentText: string | null;
  currentTags: string[] | null;
  currentChoices: { text: string }[];
  ContinueAsync(ms: number): void;
}

/** Caps for one segment exploration (sampling): at most this many new states, and a deadline. */
export interface SegmentLimit {
  readonly maxStates?: number;
  readonly deadline?: number;
}

export interface ExplorerOptions {
  readonly limits: StepLimits;
  readonly loopRepeats: number;
  readonly maxStates: number;
  readonly deadline: number; // performance.now() value after which exploration stops (budget outcome)
  /** Knot names that start a new segment (chapter checkpoints). Empty = one segment: plain memoisation. */
  readonly boundaries: ReadonlySet<string>;
  /** The clock deadlines are read on (default performance.now; sampling uses CPU time). */
  readonly clock?: () => number;
}

export class Explorer {
  readonly stats: ExplorerStats = {
    states: 0,
    merges: 0,
    wholeMerges: 0,
    exits: 0,
    steps: 0,
    cycles: 0,
    loopCollapses: 0,
    memoEntries: 0,
    baseKeys: 0,
  };
  /** Paths of every container the runtime entered, over the whole exploration (coverage). */
  readonly entered = new Set<string>();
  /** Choice text by the choice point's path, for every choice ever offered. */
  readonly offered = new Map<string, string>();
  readonly collapsedAt: string[] = [];
  private segments = new MemoTable<SegmentResult>();
  private wholes = new MemoTable<WholeResult>();
  private readonly onPath = new Map<string, number>();
  private readonly loopsOnPath = new Map<string, number[]>();
  private readonly wholeOnPath = new Set<string>();
  private readonly frames = new Map<string, string>();
  private readonly beatsAtDepth: number[] = [];
  private readonly chronicle: string[] = [];
  private story: ExplorerStory;
  private current: string | null = null;
  private last: Recorder = { reads: new Set(), entered: new Set() };

  constructor(
    private readonly makeStory: () => ExplorerStory,
    private readonly drainErrors: () => string[],
    private readonly options: ExplorerOptions,
  ) {
    this.story = makeStory();
  }

  /** The live story, for the caller to set up a start (reset, variables, path) before `exploreFromHere`. */
  get liveStory(): ExplorerStory {
    return this.story;
  }

  /** Explores everything from the story's current position (a fresh start: no choice made yet). */
  exploreFromHere(): { first: StepResult; result: WholeResult | null } {
    this.limit({});
    this.current = null;
    this.drainErrors();
    const first = this.step();
    if (first.status.kind !== 'choices') return { first, result: null };
    const json = this.story.state.ToJson();
    this.current = json;
    const result = this.whole(json, JSON.parse(json) as InkStateJson);
    this.syncStats();
    return { first, result };
  }

  /**
   * Explores ONE segment from the story's current position (a fresh start, no choice made yet): every choice
   * until the path ends or enters a boundary knot (an exit, not followed). Used by the sampling
   * (sampling.ts), which checks each chapter on its own.
   */
  segmentFromHere(limit: SegmentLimit = {}): {
    first: StepResult;
    state: InkStateJson | null;
    result: SegmentResult | null;
  } {
    this.current = null;
    this.drainErrors();
    const first = this.step();
    if (first.status.kind !== 'choices') return { first, state: null, result: null };
    const json = this.story.state.ToJson();
    this.current = json;
    const state = JSON.parse(json) as InkStateJson;
    this.chronicle.length = 0;
    this.limit(limit);
    const result = this.segment(json, state, 0);
    this.syncStats();
    return { first, state, result };
  }

  /** Explores one segment from a saved choice-point state (an entry state of a chapter). */
  segmentFromState(json: string, limit: SegmentLimit = {}): SegmentResult {
    this.current = null;
    this.chronicle.length = 0;
    this.limit(limit);
    const result = this.segment(json, JSON.parse(json) as InkStateJson, 0);
    this.syncStats();
    return result;
  }

  /** Drops every memo entry and shared frame (between chapters: memory stays bounded by one chapter's tables). */
  resetMemo(): void {
    this.syncStats();
    this.segments = new MemoTable<SegmentResult>();
    this.wholes = new MemoTable<WholeResult>();
    this.frames.clear();
    this.memoDropped = this.stats.memoEntries;
    this.syncStats();
  }

  private memoDropped = 0;
  private stateLimit = Infinity;
  private deadline = Infinity;

  private limit(limit: SegmentLimit): void {
    this.stateLimit = limit.maxStates === undefined ? Infinity : this.stats.states + limit.maxStates;
    this.deadline = limit.deadline ?? Infinity;
  }

  private syncStats(): void {
    this.stats.memoEntries = this.memoDropped + this.segments.entries + this.wholes.entries;
    this.stats.baseKeys = this.segments.baseKeys;
  }

  private step(act?: () => void): StepResult {
    const recorder: Recorder = startRecording({
      reads: new Set(),
      entered: this.entered,
      writes: new Set(),
      boundaries: this.options.boundaries,
    });
    let result: StepResult;
    try {
      result = runStep(this.story, this.drainErrors, this.options.limits, act);
    } finally {
      stopRecording();
    }
    this.stats.steps++;
    this.last = recorder;
    if (result.storyBroken) {
      this.story = this.makeStory();
      this.current = null;
    }
    return result;
  }

  private whole(json: string, state: InkStateJson): WholeResult {
    const base = baseKey(state);
    const hit = this.wholes.find(base, valuesIn(state));
    if (hit) {
      this.stats.wholeMerges++;
      return hit;
    }
    const full = fullKey(loopKey(base, state), state);
    if (this.wholeOnPath.has(full)) {
      const outcome = {
        kind: 'trap' as const,
        beats: [],
        detail: 'the story comes back to a chapter state it has already been in',
      };
      return {
        outcomes: new Map([[outcomeKey(outcome), { labels: [], indices: [], next: null, nextKey: null }]]),
        deps: [],
        paths: 0,
      };
    }
    this.wholeOnPath.add(full);
    this.chronicle.length = 0;
    const segment = this.segment(json, state, 0);
    const outcomes = new Map(segment.outcomes);
    const deps = new Set(segment.deps);
    let paths = segment.paths;
    for (const [key, entry] of segment.exits) {
      this.stats.exits++;
      let after = this.wholes.find(entry.exit.frameBase, exitValues(entry.exit, state));
      if (after) this.stats.wholeMerges++;
      else {
        const exitState = applyExit(entry.exit, state);
        this.current = null;
        after = this.whole(JSON.stringify(exitState), exitState);
      }
      const labels = chainLabels(segment, key);
      const indices = chainIndices(segment, key);
      for (const outKey of after.outcomes.keys()) {
        const mine = prependBeats(outKey, entry.exit.beats);
        if (!outcomes.has(mine)) outcomes.set(mine, { labels, indices, next: after, nextKey: outKey });
      }
      for (const name of after.deps)
        if (!(name.startsWith('v:') && entry.exit.written.has(name.slice(2)))) deps.add(name);
      const leaked = after.deps.filter((name) => name.startsWith('c:') && entry.touched.has(name.slice(2)));
      if (leaked.length > 0) {
        const outcome = {
          kind: 'error' as const,
          beats: entry.exit.beats,
          detail: `a later chapter reads the visit count of ${leaked.map((n) => n.slice(2)).join(', ')}, which an earlier chapter changed: cross-chapter read counts are forbidden (docs/writing-ink.md), use a variable`,
        };
        outcomes.set(outcomeKey(outcome), { labels, indices, next: null, nextKey: null });
      }
      paths += entry.paths * after.paths;
    }
    this.wholeOnPath.delete(full);
    const result: WholeResult = { outcomes, deps: [...deps], paths };
    this.wholes.remember(base, valuesIn(state), result.deps, result);
    return result;
  }

  private segment(json: string, state: InkStateJson, depth: number): SegmentResult {
    const base = baseKey(state);
    const hit = this.segments.find(base, valuesIn(state));
    if (hit) {
      this.stats.merges++;
      return hit;
    }
    const loop = loopKey(base, state);
    const full = fullKey(loop, state);
    const sameDepth = this.onPath.get(full);
    if (sameDepth !== undefined) return this.cycle(sameDepth);
    const loopDepths = this.loopsOnPath.get(loop) ?? [];
    if (loopDepths.length >= this.options.loopRepeats) {
      this.stats.loopCollapses++;
      if (this.collapsedAt.length < 20) this.collapsedAt.push(describeChoices(state));
      return this.cycle(loopDepths[0] as number);
    }
    if (
      this.stats.states >= Math.min(this.options.maxStates, this.stateLimit) ||
      (this.options.clock ?? performance.now.bind(performance))() > Math.min(this.options.deadline, this.deadline)
    ) {
      const outcome = {
        kind: 'budget' as const,
        beats: [],
        detail: 'exploration budget exhausted before this state was explored',
      };
      return {
        outcomes: new Map([
          [outcomeKey(outcome), { labels: ['(not explored)'], indices: [], next: null, nextKey: null }],
        ]),
        exits: new Map(),
        deps: [],
        paths: 0,
        low: Infinity,
      };
    }

    this.stats.states++;
    this.onPath.set(full, depth);
    loopDepths.push(depth);
    this.loopsOnPath.set(loop, loopDepths);
    this.beatsAtDepth[depth] = this.chronicle.length;

    const choices = currentChoices(state);
    for (const choice of choices)
      if (choice.originalChoicePath) this.offered.set(choice.originalChoicePath, choice.text);
    const outcomes = new Map<string, Via>();
    const exits = new Map<string, ExitEntry>();
    const deps = new Set<string>();
    let paths = 0;
    let low = Infinity;
    for (let index = 0; index < choices.length; index++) {
      const label = choices[index]?.text ?? `choice ${index + 1}`;
      if (this.current !== json) {
        this.story.state.LoadJson(json);
        this.current = json;
      }
      const step = this.step(() => this.story.ChooseChoiceIndex(index));
      this.current = null;
      const { reads, writes, crossed } = this.last;
      for (const name of reads) deps.add(name);
      if (step.status.kind === 'choices') {
        const childJson = this.story.state.ToJson();
        this.current = childJson;
        const child = JSON.parse(childJson) as InkStateJson;
        const stepWritten = writtenValues([...(writes ?? [])], child);
        const stepDeltas = countDeltas(state, child);
        if (crossed !== undefined) {
          const frameBase = baseKey(child);
          // Only the frame's non-global parts are used (applyExit), so one JSON per base key is kept (memory).
          let frameJson = this.frames.get(frameBase);
          if (frameJson === undefined) {
            frameJson = childJson;
            this.frames.set(frameBase, frameJson);
          }
          const exit = newExit(frameJson, frameBase, crossed, step.beats, stepWritten, stepDeltas);
          addExit(exits, exit, { labels: [label], indices: [index], next: null, nextKey: null }, 1);
          continue;
        }
        this.chronicle.push(...step.beats);
        const sub = this.segment(childJson, child, depth + 1);
        this.chronicle.length -= step.beats.length;
        for (const name of sub.deps) deps.add(name);
        for (const key of sub.outcomes.keys()) {
          const mine = prependBeats(key, step.beats);
          if (!outcomes.has(mine)) outcomes.set(mine, { labels: [label], indices: [index], next: sub, nextKey: key });
        }
        const subExits = sub.exits.size > 0 ? exitVias(sub) : null;
        for (const [subKey, entry] of sub.exits) {
          const exit = prependStep(entry.exit, step.beats, stepWritten, stepDeltas);
          addExit(
            exits,
            exit,
            { labels: [label], indices: [index], next: subExits && { outcomes: subExits }, nextKey: subKey },
            entry.paths,
          );
        }
        paths += sub.paths;
        low = Math.min(low, sub.low);
      } else {
        const outcome: Outcome =
          step.status.kind === 'end'
            ? { kind: 'end', beats: step.beats, detail: endingName(this.last.lastEntered ?? '') }
            : {
                kind: step.status.kind,
                beats: step.beats,
                detail: `${step.status.message} (last line: "${step.lastText.slice(0, 80)}")`,
              };
        const key = outcomeKey(outcome);
        if (!outcomes.has(key)) outcomes.set(key, { labels: [label], indices: [index], next: null, nextKey: null });
        paths += 1;
      }
    }

    this.onPath.delete(full);
    loopDepths.pop();
    if (loopDepths.length === 0) this.loopsOnPath.delete(loop);
    if (low >= depth && outcomes.size === 0 && exits.size === 0) {
      const trap = {
        kind: 'trap' as const,
        beats: [],
        detail: 'every choice from here leads back to where the player has already been: no way out',
      };
      outcomes.set(outcomeKey(trap), { labels: ['(loops forever)'], indices: [], next: null, nextKey: null });
    }
    const result: SegmentResult = { outcomes, exits, deps: [...deps], paths, low: low >= depth ? Infinity : low };
    if (low >= depth) this.segments.remember(base, valuesIn(state), result.deps, result);
    return result;
  }

  private cycle(toDepth: number): SegmentResult {
    this.stats.cycles++;
    const outcomes = new Map<string, Via>();
    const since = this.beatsAtDepth[toDepth] ?? 0;
    if (this.chronicle.length > since) {
      const repeated = this.chronicle.slice(since);
      const outcome = {
        kind: 'beat_in_loop' as const,
        beats: [],
        detail: `a loop of choices passes ${repeated.join(', ')} and can repeat it`,
      };
      outcomes.set(outcomeKey(outcome), {
        labels: ['(back to an earlier choice)'],
        indices: [],
        next: null,
        nextKey: null,
      });
    }
    return { outcomes, exits: new Map(), deps: [], paths: 0, low: toDepth };
  }
}

function addExit(exits: Map<string, ExitEntry>, exit: SegmentExit, via: Via, paths: number): void {
  const key = exitKey(exit);
  const known = exits.get(key);
  if (!known) exits.set(key, { exit, touched: exit.touched, via, paths });
  else {
    const touched =
      exit.touched.size === 0 || [...exit.touched].every((p) => known.touched.has(p))
        ? known.touched
        : new Set([...known.touched, ...exit.touched]);
    exits.set(key, { ...known, touched, paths: known.paths + paths });
  }
}

/** A segment's exits seen as a chain link (so example paths can walk through them). */
function exitVias(segment: SegmentResult): Map<string, Via> {
  return new Map([...segment.exits].map(([key, entry]) => [key, entry.via]));
}

function chainLabels(segment: SegmentResult, exitKey: string): string[] {
  const via = segment.exits.get(exitKey)?.via;
  return via ? walk(via) : [];
}

function chainIndices(segment: SegmentResult, exitKey: string): number[] {
  const via = segment.exits.get(exitKey)?.via;
  return via ? walkIndices(via) : [];
}

function walk(first: Via): string[] {
  const labels: string[] = [];
  let via: Via | undefined = first;
  while (via) {
    labels.push(...via.labels);
    via = via.next && via.nextKey !== null ? via.next.outcomes.get(via.nextKey) : undefined;
  }
  return labels;
}

function walkIndices(first: Via): number[] {
  const indices: number[] = [];
  let via: Via | undefined = first;
  while (via) {
    indices.push(...via.indices);
    via = via.next && via.nextKey !== null ? via.next.outcomes.get(via.nextKey) : undefined;
  }
  return indices;
}

/** Where a path ended: knot(.stitch) of the container the runtime entered last. */
function endingName(lastEntered: string): string {
  const named = lastEntered.split('.').filter((part) => /^[A-Za-z_]\w*$/.test(part));
  return named.slice(0, 2).join('.') || '(top level)';
}

interface ChoiceJson {
  text: string;
  originalChoicePath?: string;
}

function currentChoices(state: InkStateJson): ChoiceJson[] {
  const flow = state.flows[state.currentFlowName ?? 'DEFAULT_FLOW'] as { currentChoices?: ChoiceJson[] } | undefined;
  return flow?.currentChoices ?? [];
}

function describeChoices(state: InkStateJson): string {
  return currentChoices(state)
    .map((c) => `[${c.text}]`)
    .join(' ');
}

/** The choice labels from a result down to the end of the path that produced `key`. */
export function examplePath(result: { readonly outcomes: Map<string, Via> }, key: string): string[] {
  const via = result.outcomes.get(key);
  return via ? walk(via) : [];
}

/** The choice indices (0-based, as ChooseChoiceIndex takes them) of the same example path. */
export function exampleIndices(result: { readonly outcomes: Map<string, Via> }, key: string): number[] {
  const via = result.outcomes.get(key);
  return via ? walkIndices(via) : [];
}

/** Labels and indices of the first path recorded to a segment exit. */
export function exitPath(segment: SegmentResult, key: string): { labels: string[]; indices: number[] } {
  return { labels: chainLabels(segment, key), indices: chainIndices(segment, key) };
}
