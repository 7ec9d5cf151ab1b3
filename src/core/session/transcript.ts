/** What was read and chosen in this playthrough, for the history panel (backlog) and saves. Bounded. */
export type TranscriptEntry =
  | {
      readonly kind: 'line';
      readonly text: string;
      readonly record: string | null;
      readonly classes: readonly string[];
    }
  | { readonly kind: 'choice'; readonly text: string };

const TRANSCRIPT_LIMIT = 3000;

export function appendTranscript(
  transcript: readonly TranscriptEntry[],
  entries: readonly TranscriptEntry[],
  limit: number = TRANSCRIPT_LIMIT,
): TranscriptEntry[] {
  const joined = [...transcript, ...entries];
  return joined.length > limit ? joined.slice(joined.length - limit) : joined;
}
