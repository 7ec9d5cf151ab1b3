// Runs the story from where it stands until it offers choices or stops, with a watchdog.
// Contract: never hangs and never throws for story problems. Each Continue() is driven in ContinueAsync slices;
// a line that takes longer than `lineBudgetMs`, or a step that produces more than `maxLinesPerStep` lines, is
// reported as a hang (an infinite loop in the ink). Errors and warnings delivered to `story.onError` (and
// exceptions the runtime throws even with onError set, such as a missing EXTERNAL) end the step as failures.
import { parseTag } from '../../src/core/tags/parse-tag.ts';

export interface StepLimits {
  readonly sliceMs: number;
  readonly lineBudgetMs: number;
  readonly maxLinesPerStep: number;
}

export const DEFAULT_LIMITS: StepLimits = { sliceMs: 20, lineBudgetMs: 2_000, maxLinesPerStep: 5_000 };

export type StepStatus =
  | { readonly kind: 'choices' }
  | { readonly kind: 'end' }
  | { readonly kind: 'dead_end'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'hang'; readonly message: string };

export interface StepResult {
  readonly status: StepStatus;
  readonly beats: string[];
  readonly lines: number;
  readonly lastText: string;
  /** True when the Story object is left mid-continue and must be replaced before further use. */
  readonly storyBroken: boolean;
}

/** The parts of an inkjs Story the step runner drives. */
export interface RunnableStory {
  canContinue: boolean;
  asyncContinueComplete: boolean;
  currentText: string | null;
  currentTags: string[] | null;
  currentChoices: { text: string }[];
  ContinueAsync(ms: number): void;
}

const DEAD_END = /ran out of content|unexpectedly reached end of content/;

/** `drain` collects what story.onError received since the last call (the caller owns the handler). */
export function runStep(story: RunnableStory, drain: () => string[], limits: StepLimits, act?: () => void): StepResult {
  const beats: string[] = [];
  let lines = 0;
  let lastText = '';
  const fail = (status: StepStatus, storyBroken = false): StepResult => ({
    status,
    beats,
    lines,
    lastText,
    storyBroken,
  });
  try {
    act?.();
    let problems = drain();
    if (problems.length > 0) return fail(classify(problems));
    while (story.canContinue) {
      if (lines >= limits.maxLinesPerStep) {
        return fail({
          kind: 'hang',
          message: `more than ${limits.maxLinesPerStep} lines without a choice (a loop that keeps printing?)`,
        });
      }
      const started = performance.now();
      do {
        story.ContinueAsync(limits.sliceMs);
        if (!story.asyncContinueComplete && performance.now() - started > limits.lineBudgetMs) {
          return fail(
            {
              kind: 'hang',
              message: `one line took more than ${limits.lineBudgetMs} ms (an infinite loop that prints nothing?)`,
            },
            true,
          );
        }
      } while (!story.asyncContinueComplete);
      lines++;
      lastText = (story.currentText ?? '').trim() || lastText;
      for (const tag of story.currentTags ?? []) {
        const parsed = parseTag(tag);
        if (parsed.ok && parsed.command.kind === 'record') beats.push(parsed.command.beat);
        else if (!parsed.ok && /^\s*record\s*:/i.test(tag))
          return fail({ kind: 'error', message: `bad record tag: ${parsed.problem}` });
      }
      problems = drain();
      if (problems.length > 0) return fail(classify(problems));
    }
  } catch (error) {
    return fail(
      { kind: 'error', message: `ink threw: ${error instanceof Error ? error.message : String(error)}` },
      true,
    );
  }
  return fail(story.currentChoices.length > 0 ? { kind: 'choices' } : { kind: 'end' });
}

function classify(problems: string[]): StepStatus {
  const message = problems.join(' | ');
  return DEAD_END.test(message) ? { kind: 'dead_end', message } : { kind: 'error', message };
}
