// Replays a choice sequence on the real runtime, the way the verifier steps it (run-step.ts), and says how it
// ends: at choices (listed), at an ending, or at a failure (dead end, error, hang, a choice index out of range).
import { InkList, Story } from 'inkjs';
import { runStep, DEFAULT_LIMITS } from './run-step.ts';
import type { ReplaySpec } from './replay-command.ts';

export interface ReplayResult {
  readonly ok: boolean;
  readonly log: string[];
  readonly beats: string[];
  /** "choices", "end", or the failure kind and message. */
  readonly end: string;
}

export function replayPath(
  json: string,
  spec: {
    knot?: string | undefined;
    role?: string | undefined;
    variables?: Readonly<Record<string, number>>;
    choices: ReplaySpec['choices'];
  },
  storySeed = 1940,
): ReplayResult {
  const errors: string[] = [];
  const story = new Story(json);
  story.onError = (message, type) => errors.push(type === 1 ? `warning: ${message}` : message);
  story.allowExternalFunctionFallbacks = true;
  const drain = (): string[] => errors.splice(0, errors.length);
  story.state.storySeed = storySeed;
  if (spec.role) story.variablesState.$('role', InkList.FromString(`roles.${spec.role}`, story));
  for (const [name, value] of Object.entries(spec.variables ?? {})) story.variablesState.$(name, value);
  if (spec.knot) story.ChoosePathString(spec.knot);
  const log: string[] = [];
  const beats: string[] = [];
  let act: (() => void) | undefined;
  for (let i = 0; ; i++) {
    const step = runStep(story, drain, DEFAULT_LIMITS, act);
    beats.push(...step.beats);
    if (step.beats.length > 0) log.push(`  # record: ${step.beats.join(', ')}`);
    if (step.status.kind === 'end') return { ok: true, log, beats, end: 'end (END or DONE)' };
    if (step.status.kind !== 'choices')
      return {
        ok: false,
        log,
        beats,
        end: `${step.status.kind}: ${step.status.message} (last line: "${step.lastText}")`,
      };
    const offered = story.currentChoices.map((c, n) => `${n}: ${c.text}`);
    if (i >= spec.choices.length) {
      log.push(`choices now: ${offered.join(' | ')}`);
      return { ok: true, log, beats, end: 'choices (the sequence is used up)' };
    }
    const index = spec.choices[i] as number;
    if (index < 0 || index >= story.currentChoices.length)
      return { ok: false, log, beats, end: `choice ${index} does not exist here (${offered.join(' | ')})` };
    log.push(`> [${index}] ${story.currentChoices[index]?.text ?? ''}`);
    act = () => story.ChooseChoiceIndex(index);
  }
}
