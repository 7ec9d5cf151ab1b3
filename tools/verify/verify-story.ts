// Verifies a compiled ink story: from every start, every path ends cleanly and carries exactly the expected
// chronicle of record beats; every knot, stitch and choice is reached. Pure function of the story JSON and the
// start list: the CLI (verify.mjs), the content test and the unit tests all call `verifyStory`.
import { InkList, Story } from 'inkjs';
import { chronicleProblem } from './chronicle-diff.ts';
import { Explorer, examplePath } from './explorer.ts';
import { parseOutcomeKey } from './outcome.ts';
import { installReadLog } from './read-log.ts';
import { DEFAULT_LIMITS, type StepLimits } from './run-step.ts';
import { storyOutline } from './story-outline.ts';

export interface StartSpec {
  /** Shown in the report, e.g. "start", "kiosk", "ch3_aftermath/student". */
  readonly id: string;
  /** Knot to enter with ChoosePathString; absent = the story's own beginning. */
  readonly knot?: string;
  /** Global variables to set before entering, as ink values: numbers, strings, or "list.item" list values. */
  readonly variables?: Readonly<Record<string, number | string | boolean | { readonly listItem: string }>>;
  /** The chronicle every path from this start must carry, in order. */
  readonly expected: readonly string[];
}

export interface VerifyOptions {
  readonly json: string;
  readonly starts: readonly StartSpec[];
  readonly limits?: StepLimits;
  readonly seed?: number;
  readonly loopRepeats?: number;
  readonly maxStates?: number;
  readonly maxMs?: number;
  readonly maxFailures?: number;
  /** Knots that start a new memo segment (chapter checkpoints): keeps chapters from multiplying each other. */
  readonly boundaries?: readonly string[];
}

export type FailureKind =
  | 'chronicle'
  | 'dead_end'
  | 'error'
  | 'hang'
  | 'trap'
  | 'beat_in_loop'
  | 'budget'
  | 'unreachable'
  | 'untaken_choice'
  | 'setup';

export interface Failure {
  readonly kind: FailureKind;
  readonly start: string | null;
  readonly message: string;
  /** The choices from the start to the failure, as the player sees them. */
  readonly path: readonly string[];
}

export interface StartReport {
  readonly id: string;
  readonly ok: boolean;
  readonly states: number;
  readonly merges: number;
  readonly steps: number;
  readonly paths: number;
  readonly endings: readonly string[];
  readonly ms: number;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly failures: readonly Failure[];
  readonly failureCount: number;
  readonly starts: readonly StartReport[];
  readonly totals: {
    readonly states: number;
    readonly merges: number;
    readonly wholeMerges: number;
    readonly exits: number;
    readonly steps: number;
    readonly cycles: number;
    readonly loopCollapses: number;
    readonly memoEntries: number;
    readonly baseKeys: number;
    readonly paths: number;
    readonly ms: number;
    readonly statesPerSecond: number;
  };
  readonly coverage: {
    readonly knots: number;
    readonly stitches: number;
    readonly choicePoints: number;
    readonly unreachable: readonly string[];
    readonly untakenChoices: readonly string[];
  };
  readonly notes: readonly string[];
}

/** True when the compiled JSON uses the TURNS() command: turn numbers are not part of the state key. */
export function usesTurns(json: string): boolean {
  return /[[,]\s*"turn"\s*[,\]]/.test(json);
}

export function verifyStory(options: VerifyOptions): VerifyReport {
  const started = performance.now();
  const failures: Failure[] = [];
  let failureCount = 0;
  const fail = (failure: Failure): void => {
    failureCount++;
    if (failures.length < (options.maxFailures ?? 50)) failures.push(failure);
  };
  const notes: string[] = [];
  if (usesTurns(options.json)) {
    fail({
      kind: 'error',
      start: null,
      path: [],
      message: 'the story uses TURNS(), which docs/writing-ink.md forbids: the verifier cannot merge states soundly',
    });
  }
  if (/[[,]\s*"rnd"\s*[,\]]/.test(options.json))
    notes.push('the story uses RANDOM(); explored with one fixed seed only');

  const turnsSince = options.json.includes('"TURNS?"');
  const errors: string[] = [];
  const makeStory = (): Story => {
    const story = new Story(options.json);
    story.onError = (message, type) => errors.push(type === 1 ? `warning: ${message}` : message);
    story.allowExternalFunctionFallbacks = true;
    installReadLog(story);
    return story;
  };
  const drain = (): string[] => errors.splice(0, errors.length);
  const explorer = new Explorer(makeStory, drain, {
    limits: options.limits ?? DEFAULT_LIMITS,
    loopRepeats: options.loopRepeats ?? 3,
    maxStates: options.maxStates ?? 2_000_000,
    deadline: started + (options.maxMs ?? 15 * 60_000),
    boundaries: new Set(turnsSince ? [] : (options.boundaries ?? [])),
  });
  if (turnsSince && (options.boundaries ?? []).length > 0)
    notes.push('the story uses TURNS_SINCE(); chapter segments are off (slower, still exact)');

  const startReports: StartReport[] = [];
  let totalPaths = 0;
  for (const start of options.starts) {
    const before = { ...explorer.stats };
    const t0 = performance.now();
    const failuresBefore = failureCount;
    const story = explorer.liveStory as unknown as Story;
    try {
      story.ResetState();
      story.state.storySeed = options.seed ?? 1940;
      for (const [name, value] of Object.entries(start.variables ?? {})) {
        story.variablesState.$(name, typeof value === 'object' ? InkList.FromString(value.listItem, story) : value);
      }
      if (start.knot) story.ChoosePathString(start.knot);
      drain();
    } catch (error) {
      fail({
        kind: 'setup',
        start: start.id,
        path: [],
        message: `could not set up the start: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const { first, result } = explorer.exploreFromHere();
    const endings = new Set<string>();
    let paths = 0;
    if (!result) {
      paths = 1;
      checkOutcome(
        start,
        first.status.kind,
        first.beats,
        first.status.kind === 'end' ? '(before any choice)' : statusMessage(first.status),
        [],
        endings,
        fail,
      );
    } else {
      paths = result.paths;
      for (const key of result.outcomes.keys()) {
        const outcome = parseOutcomeKey(key);
        const beats = [...first.beats, ...outcome.beats];
        checkOutcome(start, outcome.kind, beats, outcome.detail, examplePath(result, key), endings, fail);
      }
    }
    totalPaths += paths;
    const ms = performance.now() - t0;
    startReports.push({
      id: start.id,
      ok: failureCount === failuresBefore,
      states: explorer.stats.states - before.states,
      merges: explorer.stats.merges - before.merges,
      steps: explorer.stats.steps - before.steps,
      paths,
      endings: [...endings].sort(),
      ms: Math.round(ms),
    });
  }

  const outline = storyOutline(explorer.liveStory as unknown as { mainContentContainer: unknown });
  const entered = explorer.entered;
  const unreachable = [...outline.knots, ...outline.stitches].filter((name) => !entered.has(name));
  for (const name of unreachable)
    fail({ kind: 'unreachable', start: null, path: [], message: `${name} is never reached from any start` });
  const untaken = outline.choicePoints.filter((c) => !entered.has(c.targetPath));
  const untakenChoices = untaken.map((c) => {
    const text = explorer.offered.get(c.path);
    return text !== undefined
      ? `${c.path} "${text}" (offered, never taken)`
      : `${c.path}${c.invisibleDefault ? ' (fallback choice)' : ''} is never offered`;
  });
  for (const message of untakenChoices) fail({ kind: 'untaken_choice', start: null, path: [], message });
  if (explorer.stats.loopCollapses > 0) {
    notes.push(
      `${explorer.stats.loopCollapses} loops whose visit counts kept growing were cut after ${options.loopRepeats ?? 3} rounds, e.g. at ${explorer.collapsedAt.slice(0, 3).join(' / ')}`,
    );
  }

  const ms = performance.now() - started;
  const s = explorer.stats;
  return {
    ok: failureCount === 0,
    failures,
    failureCount,
    starts: startReports,
    totals: {
      states: s.states,
      merges: s.merges,
      wholeMerges: s.wholeMerges,
      exits: s.exits,
      steps: s.steps,
      cycles: s.cycles,
      loopCollapses: s.loopCollapses,
      memoEntries: s.memoEntries,
      baseKeys: s.baseKeys,
      paths: totalPaths,
      ms: Math.round(ms),
      statesPerSecond: Math.round(s.states / Math.max(ms / 1000, 0.001)),
    },
    coverage: {
      knots: outline.knots.length,
      stitches: outline.stitches.length,
      choicePoints: outline.choicePoints.length,
      unreachable,
      untakenChoices,
    },
    notes,
  };
}

function statusMessage(status: { kind: string; message?: string }): string {
  return status.message ?? status.kind;
}

function checkOutcome(
  start: StartSpec,
  kind: string,
  beats: readonly string[],
  detail: string,
  path: readonly string[],
  endings: Set<string>,
  fail: (failure: Failure) => void,
): void {
  if (kind === 'end') {
    endings.add(detail);
    const problem = chronicleProblem(beats, start.expected);
    if (problem) fail({ kind: 'chronicle', start: start.id, path, message: `ending ${detail}: ${problem}` });
    return;
  }
  fail({ kind: kind as FailureKind, start: start.id, path, message: detail });
}
