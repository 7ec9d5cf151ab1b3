// Sampling of the convergence verifier, for a story too big to enumerate end to end (docs/verifier.md):
// 1. every chapter segment, exhaustively, from its checkpoint once per role (classroom "start at chapter": role
//    set, other variables default) and from the segment before it ("start"), to the chapter's exit (entering
//    the next checkpoint: recorded, not followed), capped at `segmentCap` new states per segment;
// 2. the same from up to `entriesPerChapter` real entry states met by the random walks (other valuations);
// 3. seeded random walks through the whole game from the opening and the kiosk cut, full chronicle end to end;
// 4. the kiosk cut, fully exhaustive end to end (verify-story.ts), when `kiosk` is given.
// This is the second, independent check beside the structural proof (tools/verify/proof/): it runs the real inkjs
// runtime, so it also sees what the proof abstracts away (the text, runtime errors, the real conditions). Every
// variable is an ordinary dependency (no abstraction of trust values: the proof covers every valuation). A
// segment that finishes under its cap was explored exhaustively from its entry state; one that hits the cap is
// partly explored. Failures carry the one command that replays them.
import { InkList, Story } from 'inkjs';
import { chronicleProblem } from './chronicle-diff.ts';
import { Explorer, exampleIndices, examplePath, exitPath, type SegmentResult } from './explorer.ts';
import { parseOutcomeKey } from './outcome.ts';
import { randomWalks, type ChapterEntries, type WalkReport } from './random-walks.ts';
import { installReadLog } from './read-log.ts';
import { replayCommand, type ReplaySpec } from './replay-command.ts';
import { DEFAULT_LIMITS, type StepLimits } from './run-step.ts';
import { storyOutline } from './story-outline.ts';
import { verifyStory, type StartReport } from './verify-story.ts';

export interface SamplingOptions {
  readonly json: string;
  /** Chapter checkpoints in story order with the first canonical beat each must pass (real-story-starts.ts). */
  readonly chapters: readonly (readonly [string, string])[];
  readonly roles: readonly string[];
  readonly canonical: readonly string[];
  /** Knot of the story's opening segment (before the first checkpoint), explored without a role. */
  readonly opening?: string;
  readonly kiosk?: string;
  readonly segmentCap: number;
  readonly entriesPerChapter: number;
  readonly walksPerStart: number;
  readonly walkSeed: number;
  readonly storySeed?: number;
  readonly maxMs: number;
  readonly limits?: StepLimits;
  readonly storyFile?: string;
}

export interface SamplingFailure {
  readonly kind: string;
  readonly start: string;
  readonly message: string;
  readonly path: readonly string[];
  readonly replay: string;
}

export interface SegmentReport {
  readonly chapter: string;
  readonly from: string;
  readonly proven: boolean;
  readonly states: number;
  readonly merges: number;
  readonly paths: number;
  readonly exits: number;
  readonly ms: number;
}

export interface ChapterReport {
  readonly chapter: string;
  readonly segments: number;
  readonly proven: number;
  readonly capped: number;
  readonly entriesSeen: number;
  readonly entriesExplored: number;
  readonly reads: readonly string[];
}

export interface SamplingReport {
  readonly ok: boolean;
  readonly mode: 'sampling';
  readonly failures: readonly SamplingFailure[];
  readonly failureCount: number;
  readonly chapters: readonly ChapterReport[];
  readonly segments: readonly SegmentReport[];
  readonly walks: WalkReport;
  readonly kiosk: StartReport | null;
  readonly coverage: {
    readonly knots: number;
    readonly stitches: number;
    readonly choicePoints: number;
    readonly reached: number;
    readonly unreachable: readonly string[];
    readonly untakenChoices: readonly string[];
  };
  readonly totals: {
    readonly states: number;
    readonly merges: number;
    readonly steps: number;
    readonly ms: number;
    readonly statesPerSecond: number;
    readonly peakHeapMB: number;
  };
  readonly proven: readonly string[];
  readonly sampled: readonly string[];
  readonly notes: readonly string[];
}

export function sampleStory(options: SamplingOptions): SamplingReport {
  const started = performance.now();
  const cpu0 = cpuMs();
  const deadline = cpu0 + options.maxMs;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const storySeed = options.storySeed ?? 1940;
  const failures: SamplingFailure[] = [];
  let failureCount = 0;
  const fail = (f: SamplingFailure): void => {
    failureCount++;
    if (failures.length < 50) failures.push(f);
  };
  const notes: string[] = [];
  let peakHeap = 0;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const canonical = options.canonical;
  const chapterNames = options.chapters.map(([c]) => c);
  const boundaries = new Set(chapterNames);

  // 3 first: the walks supply real entry states for step 2.
  const entered = new Set<string>();
  const entries = new Map<string, ChapterEntries>();
  const walkStarts = [
    { id: 'start', expected: canonical },
    ...(options.kiosk ? [{ id: options.kiosk, knot: options.kiosk, expected: canonical }] : []),
  ];
  const walks = randomWalks(
    {
      json: options.json,
      starts: walkStarts,
      walksPerStart: options.walksPerStart,
      seed: options.walkSeed,
      storySeed,
      limits,
      boundaries,
      entriesPerChapter: options.entriesPerChapter,
      deadline: cpu0 + options.maxMs * 0.45,
      clock: cpuMs,
    },
    entered,
    entries,
  );
  for (const f of walks.failures)
    fail({ kind: f.kind, start: `walk from ${f.start}`, message: f.message, path: f.path, replay: f.replay });
  failureCount += walks.failureCount - walks.failures.length;
  if (walks.walks < options.walksPerStart * walkStarts.length) {
    fail({
      kind: 'budget',
      start: 'walks',
      message: `only ${walks.walks} of ${options.walksPerStart * walkStarts.length} random walks ran within the time budget`,
      path: [],
      replay: '',
    });
  }
  sampleHeap();

  // 1 and 2: chapter segments.
  const errors: string[] = [];
  const makeStory = (): Story => {
    const story = new Story(options.json);
    story.onError = (message, type) => errors.push(type === 1 ? `warning: ${message}` : message);
    story.allowExternalFunctionFallbacks = true;
    installReadLog(story);
    return story;
  };
  const explorer = new Explorer(makeStory, () => errors.splice(0, errors.length), {
    limits,
    loopRepeats: 3,
    maxStates: Number.MAX_SAFE_INTEGER,
    deadline,
    boundaries,
    clock: cpuMs,
  });
  const segments: SegmentReport[] = [];
  const chapters: ChapterReport[] = [];
  const segmentList: { chapter: string; next: string | null; first: number }[] = [];
  if (options.opening) segmentList.push({ chapter: options.opening, next: chapterNames[0] ?? null, first: 0 });
  options.chapters.forEach(([chapter, beat], i) =>
    segmentList.push({ chapter, next: chapterNames[i + 1] ?? null, first: canonical.indexOf(beat) }),
  );

  for (const { chapter, next, first: position0 } of segmentList) {
    const before = segments.length;
    const reads = new Set<string>();
    const nextFirst = next
      ? canonical.indexOf((options.chapters.find(([c]) => c === next) as readonly [string, string])[1])
      : canonical.length;
    const check = (
      from: string,
      replay: ReplaySpec,
      position: number,
      firstBeats: readonly string[],
      result: SegmentResult,
    ): boolean => {
      let proven = true;
      for (const key of result.outcomes.keys()) {
        const outcome = parseOutcomeKey(key);
        const path = examplePath(result, key);
        const spec = { ...replay, choices: [...replay.choices, ...exampleIndices(result, key)] };
        if (outcome.kind === 'budget') {
          proven = false;
          continue;
        }
        if (outcome.kind === 'end') {
          const problem = chronicleProblem([...firstBeats, ...outcome.beats], canonical.slice(position));
          if (problem)
            fail({
              kind: 'chronicle',
              start: `${chapter} from ${from}`,
              message: `ending ${outcome.detail}: ${problem}`,
              path,
              replay: replayCommand(spec, options.storyFile),
            });
          continue;
        }
        fail({
          kind: outcome.kind,
          start: `${chapter} from ${from}`,
          message: outcome.detail,
          path,
          replay: replayCommand(spec, options.storyFile),
        });
      }
      for (const [key, entry] of result.exits) {
        const beats = [...firstBeats, ...entry.exit.beats];
        const via = exitPath(result, key);
        const spec = { ...replay, choices: [...replay.choices, ...via.indices] };
        const at = (problem: string): void =>
          fail({
            kind: 'chronicle',
            start: `${chapter} from ${from}`,
            message: problem,
            path: via.labels,
            replay: replayCommand(spec, options.storyFile),
          });
        if (entry.exit.knot !== next)
          at(
            `leaves the chapter into ${entry.exit.knot}, but the next chapter is ${next ?? 'none (the story should end here)'}`,
          );
        const problem = chronicleProblem(beats, canonical.slice(position, position + beats.length));
        if (problem) at(`on the way to ${entry.exit.knot}: ${problem}`);
        else if (position + beats.length < nextFirst)
          at(
            `reaches ${entry.exit.knot} without passing ${canonical.slice(position + beats.length, nextFirst).join(', ')}`,
          );
      }
      for (const dep of result.deps) {
        reads.add(dep);
        const path = dep.slice(2);
        if (dep.startsWith('c:') && !inside(path, chapter) && !(next !== null && inside(path, next))) {
          fail({
            kind: 'error',
            start: `${chapter} from ${from}`,
            message: `reads the visit count of ${path}, outside the chapter: cross-chapter read counts are forbidden (docs/writing-ink.md)`,
            path: [],
            replay: '',
          });
        }
      }
      return proven;
    };
    const record = (
      from: string,
      t0: number,
      before: { states: number; merges: number },
      result: SegmentResult | null,
      proven: boolean,
    ): void => {
      segments.push({
        chapter,
        from,
        proven,
        states: explorer.stats.states - before.states,
        merges: explorer.stats.merges - before.merges,
        paths: result?.paths ?? 1,
        exits: result?.exits.size ?? 0,
        ms: Math.round(performance.now() - t0),
      });
      sampleHeap();
    };
    // 1. From the checkpoint, once per role (the opening once, without a role).
    for (const role of chapter === options.opening ? [null] : options.roles) {
      const t0 = performance.now();
      const stats = { ...explorer.stats };
      const story = explorer.liveStory as unknown as Story;
      const replay: ReplaySpec = { knot: chapter, ...(role ? { role } : {}), choices: [] };
      const from = role ? `checkpoint/${role}` : 'checkpoint';
      try {
        story.ResetState();
        story.state.storySeed = storySeed;
        if (role) story.variablesState.$('role', InkList.FromString(`roles.${role}`, story));
        story.ChoosePathString(chapter);
      } catch (error) {
        fail({
          kind: 'setup',
          start: `${chapter} from ${from}`,
          message: error instanceof Error ? error.message : String(error),
          path: [],
          replay: '',
        });
        continue;
      }
      const { first, result } = explorer.segmentFromHere({ maxStates: options.segmentCap });
      const firstStep = first;
      let proven = true;
      if (!result) {
        const kind = first.status.kind;
        if (kind === 'end') {
          const problem = chronicleProblem(firstStep.beats, canonical.slice(position0));
          if (problem)
            fail({
              kind: 'chronicle',
              start: `${chapter} from ${from}`,
              message: `ends before any choice: ${problem}`,
              path: [],
              replay: replayCommand(replay, options.storyFile),
            });
        } else
          fail({
            kind,
            start: `${chapter} from ${from}`,
            message: 'message' in first.status ? first.status.message : kind,
            path: [],
            replay: replayCommand(replay, options.storyFile),
          });
      } else proven = check(from, replay, position0, firstStep.beats, result);
      record(from, t0, stats, result, proven);
    }
    // 2. From real entry states the walks met (other valuations of house, known, letters_home …).
    const seen = entries.get(chapter);
    let explored = 0;
    for (const entry of seen?.kept.values() ?? []) {
      if (cpuMs() > deadline) break;
      const t0 = performance.now();
      const stats = { ...explorer.stats };
      const result = explorer.segmentFromState(entry.json, { maxStates: options.segmentCap });
      const proven = check(`walk entry ${explored + 1}`, entry.replay, entry.position, [], result);
      record(`walk entry ${explored + 1}`, t0, stats, result, proven);
      explored++;
    }
    explorer.resetMemo();
    const mine = segments.slice(before);
    chapters.push({
      chapter,
      segments: mine.length,
      proven: mine.filter((s) => s.proven).length,
      capped: mine.filter((s) => !s.proven).length,
      entriesSeen: seen?.seen.size ?? 0,
      entriesExplored: explored,
      reads: [...reads]
        .filter((d) => d.startsWith('v:'))
        .map((d) => d.slice(2))
        .sort(),
    });
  }
  for (const name of explorer.entered) entered.add(name);

  // 4. The kiosk cut, exhaustively end to end.
  let kiosk: StartReport | null = null;
  if (options.kiosk) {
    const report = verifyStory({
      json: options.json,
      starts: [{ id: options.kiosk, knot: options.kiosk, expected: canonical }],
      limits,
      maxMs: Math.max(deadline - cpuMs(), 10_000),
      seed: storySeed,
    });
    kiosk = report.starts[0] ?? null;
    for (const f of report.failures)
      if (f.kind !== 'unreachable' && f.kind !== 'untaken_choice')
        fail({ kind: f.kind, start: options.kiosk, message: f.message, path: f.path, replay: '' });
  }

  const outline = storyOutline(explorer.liveStory as unknown as { mainContentContainer: unknown });
  const unreachable = [...outline.knots, ...outline.stitches].filter((name) => !entered.has(name));
  const untaken = outline.choicePoints.filter((c) => !entered.has(c.targetPath)).map((c) => c.path);
  const anyCapped = segments.some((s) => !s.proven);
  if (anyCapped) {
    if (unreachable.length + untaken.length > 0)
      notes.push(
        `${unreachable.length} knots/stitches and ${untaken.length} choices were not reached within the bounds (some segments hit their cap): listed in coverage, not failed`,
      );
  } else {
    for (const name of unreachable)
      fail({ kind: 'unreachable', start: 'coverage', message: `${name} is never reached`, path: [], replay: '' });
    for (const path of untaken)
      fail({ kind: 'untaken_choice', start: 'coverage', message: `${path} is never taken`, path: [], replay: '' });
  }

  const ms = performance.now() - started;
  const provenSegments = segments.filter((s) => s.proven);
  const proven = [
    `${provenSegments.length} of ${segments.length} chapter segments explored exhaustively from their entry state (every choice, no cap hit): no dead end, error, hang or trap; beats exactly canonical, in order, once; every exit enters the next chapter`,
    ...(kiosk ? [`the kiosk cut, exhaustively end to end: ${kiosk.states} states, ${kiosk.paths} paths`] : []),
  ];
  const sampled = [
    `${walks.walks} seeded random walks (seed ${walks.seed}) through the whole game from the opening${options.kiosk ? ' and the kiosk' : ''}, each with the full canonical chronicle`,
    `entry valuations: for each chapter, ${options.entriesPerChapter} at most of the distinct states the walks entered it with were explored (see chapters[].entriesSeen / entriesExplored); the full set of reachable entry valuations is not enumerated`,
    ...(anyCapped
      ? [
          `${segments.length - provenSegments.length} segments hit the cap of ${options.segmentCap} states and are only partly explored`,
        ]
      : []),
  ];
  return {
    ok: failureCount === 0,
    mode: 'sampling',
    failures,
    failureCount,
    chapters,
    segments,
    walks,
    kiosk,
    coverage: {
      knots: outline.knots.length,
      stitches: outline.stitches.length,
      choicePoints: outline.choicePoints.length,
      reached: outline.choicePoints.length - untaken.length,
      unreachable,
      untakenChoices: untaken,
    },
    totals: {
      states: explorer.stats.states,
      merges: explorer.stats.merges,
      steps: explorer.stats.steps + walks.steps,
      ms: Math.round(ms),
      statesPerSecond: Math.round(explorer.stats.states / Math.max((ms - walks.ms) / 1000, 0.001)),
      peakHeapMB: Math.round(peakHeap / 1e6),
    },
    proven,
    sampled,
    notes,
  };
}

const inside = (path: string, knot: string): boolean => path === knot || path.startsWith(`${knot}.`);

/** CPU time of this process in ms: budgets count work done, not how loaded the machine is. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
