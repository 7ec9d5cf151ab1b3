// The one command that replays a path the verifier reports: tools/verify/replay.mjs takes exactly these flags.
export interface ReplaySpec {
  /** Knot entered with ChoosePathString; absent = the story's own beginning. */
  readonly knot?: string;
  /** Role list item set before entering (classroom "start at chapter"), e.g. "student". */
  readonly role?: string;
  /** Globals set (after the role) before entering: the verifier's trust variants. */
  readonly variables?: Readonly<Record<string, number>>;
  /** 0-based choice indices, in order, as ChooseChoiceIndex takes them. */
  readonly choices: readonly number[];
}

export function replayCommand(spec: ReplaySpec, story = 'story/en/main.ink'): string {
  const parts = ['node tools/verify/replay.mjs'];
  if (story !== 'story/en/main.ink') parts.push(story);
  if (spec.knot) parts.push(`--start ${spec.knot}`);
  if (spec.role) parts.push(`--role ${spec.role}`);
  for (const [name, value] of Object.entries(spec.variables ?? {})) parts.push(`--set ${name}=${value}`);
  parts.push(`--choices ${spec.choices.join(',') || '-'}`);
  return parts.join(' ');
}
