// Seeded random walks through the whole game (sampling): each walk starts at a start (the opening or the kiosk
// cut), takes uniformly random choices until the story ends, and must end cleanly with the complete expected
// chronicle. Deterministic: walk i uses seededRandom(seed + i). Walks also collect the real states at which they
// entered each chapter checkpoint (entry states for sampling.ts) and every container they entered (coverage).
import { InkList, Story } from 'inkjs';
import { chronicleProblem } from './chronicle-diff.ts';
import { installReadLog, startRecording, stopRecording, type Recorder } from './read-log.ts';
import { replayCommand, type ReplaySpec } from './replay-command.ts';
import { runStep, type StepLimits } from './run-step.ts';
import { seededRandom } from '../lib/seeded-random.mjs';

export interface WalkStart {
  readonly id: string;
  readonly knot?: string;
  readonly role?: string;
  readonly expected: readonly string[];
}

export interface EntryState {
  readonly chapter: string;
  readonly json: string;
  /** Record beats the walk had passed when it got here (where in the canonical sequence this state stands). */
  readonly position: number;
  /** How to reach it: replaying these choices from `replay.knot` lands on this state. */
  readonly replay: ReplaySpec;
}

export interface WalkFailure {
  readonly start: string;
  readonly kind: string;
  readonly message: string;
  readonly path: readonly string[];
  readonly replay: string;
}

export interface WalkReport {
  readonly walks: number;
  readonly seed: number;
  readonly steps: number;
  readonly endings: Record<string, number>;
  readonly failures: WalkFailure[];
  readonly failureCount: number;
  readonly ms: number;
}

export interface WalkOptions {
  readonly json: string;
  readonly starts: readonly WalkStart[];
  readonly walksPerStart: number;
  readonly seed: number;
  readonly storySeed: number;
  readonly limits: StepLimits;
  readonly boundaries: ReadonlySet<string>;
  /** Keep at most this many distinct entry states per chapter. */
  readonly entriesPerChapter: number;
  readonly maxStepsPerWalk?: number;
  readonly deadline?: number;
  /** The clock `deadline` is read on (default performance.now). */
  readonly clock?: () => number;
}

/** Per chapter: the entry states kept (at most `entriesPerChapter`) and every distinct valuation seen. */
export interface ChapterEntries {
  readonly kept: Map<string, EntryState>;
  readonly seen: Set<string>;
}

export function randomWalks(
  options: WalkOptions,
  entered: Set<string>,
  entries: Map<string, ChapterEntries>,
): WalkReport {
  const t0 = performance.now();
  const errors: string[] = [];
  const makeStory = (): Story => {
    const made = new Story(options.json);
    made.onError = (message, type) => errors.push(type === 1 ? `warning: ${message}` : message);
    made.allowExternalFunctionFallbacks = true;
    installReadLog(made);
    return made;
  };
  let story = makeStory();
  const drain = (): string[] => errors.splice(0, errors.length);
  const failures: WalkFailure[] = [];
  let failureCount = 0;
  const endings: Record<string, number> = {};
  let steps = 0;
  let walks = 0;
  const maxSteps = options.maxStepsPerWalk ?? 3_000;
  for (const start of options.starts) {
    for (let w = 0; w < options.walksPerStart; w++) {
      if (options.deadline !== undefined && (options.clock ?? performance.now.bind(performance))() > options.deadline)
        break;
      walks++;
      const random = seededRandom(options.seed + w);
      story.ResetState();
      story.state.storySeed = options.storySeed;
      if (start.role) story.variablesState.$('role', InkList.FromString(`roles.${start.role}`, story));
      if (start.knot) {
        story.ChoosePathString(start.knot);
        entered.add(start.knot); // ChoosePathString does not pass through VisitContainer: the walk starts here
      }
      drain();
      const labels: string[] = [];
      const indices: number[] = [];
      const beats: string[] = [];
      let problem: { kind: string; message: string } | null = null;
      let ending = '';
      let act: (() => void) | undefined;
      for (;;) {
        const recorder: Recorder = startRecording({ reads: new Set(), entered, boundaries: options.boundaries });
        let result;
        try {
          result = runStep(story, drain, options.limits, act);
        } finally {
          stopRecording();
        }
        steps++;
        beats.push(...result.beats);
        if (result.status.kind === 'end') {
          ending =
            recorder.lastEntered
              ?.split('.')
              .filter((p) => /^[A-Za-z_]\w*$/.test(p))
              .slice(0, 2)
              .join('.') ?? '';
          break;
        }
        if (result.status.kind !== 'choices') {
          problem = { kind: result.status.kind, message: result.status.message };
          if (result.storyBroken) story = makeStory();
          break;
        }
        if (recorder.crossed !== undefined && act !== undefined)
          keepEntry(entries, recorder.crossed, story, start, indices, beats.length, options.entriesPerChapter);
        if (indices.length >= maxSteps) {
          problem = {
            kind: 'hang',
            message: `no ending after ${maxSteps} random choices (a loop the walk could not leave?)`,
          };
          break;
        }
        const choices = story.currentChoices;
        const index = Math.floor(random() * choices.length);
        labels.push(choices[index]?.text ?? `choice ${index + 1}`);
        indices.push(index);
        act = () => story.ChooseChoiceIndex(index);
      }
      if (!problem) {
        endings[ending] = (endings[ending] ?? 0) + 1;
        const diff = chronicleProblem(beats, start.expected);
        if (diff) problem = { kind: 'chronicle', message: `ending ${ending}: ${diff}` };
      }
      if (problem) {
        failureCount++;
        if (failures.length < 20) {
          failures.push({
            start: start.id,
            ...problem,
            path: labels,
            replay: replayCommand({
              ...(start.knot ? { knot: start.knot } : {}),
              ...(start.role ? { role: start.role } : {}),
              choices: indices,
            }),
          });
        }
      }
    }
  }
  return { walks, seed: options.seed, steps, endings, failures, failureCount, ms: Math.round(performance.now() - t0) };
}

/** Remembers the state a walk reached on entering `chapter`, once per distinct globals valuation. */
function keepEntry(
  entries: Map<string, ChapterEntries>,
  chapter: string,
  story: Story,
  start: WalkStart,
  indices: number[],
  position: number,
  cap: number,
): void {
  let known = entries.get(chapter);
  if (!known) {
    known = { kept: new Map(), seen: new Set() };
    entries.set(chapter, known);
  }
  const json = story.state.ToJson();
  const parsed = JSON.parse(json) as { variablesState?: unknown };
  const key = JSON.stringify(parsed.variablesState ?? {});
  known.seen.add(key);
  if (known.kept.size >= cap || known.kept.has(key)) return;
  known.kept.set(key, {
    chapter,
    json,
    position,
    replay: {
      ...(start.knot ? { knot: start.knot } : {}),
      ...(start.role ? { role: start.role } : {}),
      choices: [...indices],
    },
  });
}
