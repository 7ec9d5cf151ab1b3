import { EPILOGUE_BEAT_IDS, SPINE_BEAT_IDS, type EpilogueBeatId, type SpineBeatId } from './record-ids.ts';

export type ChronicleBeatId = SpineBeatId | EpilogueBeatId;

/**
 * The canonical chronicle: the spine, then the epilogue. Every complete path through the story carries exactly
 * this sequence of `# record:` beats (the convergence verifier proves it); beats.json `order` must match it.
 */
export const CANONICAL_SEQUENCE: readonly ChronicleBeatId[] = [...SPINE_BEAT_IDS, ...EPILOGUE_BEAT_IDS];

/** 0-based position of a beat in the canonical sequence, or -1 when it is not a chronicle beat. */
export function canonicalIndex(beat: string): number {
  return (CANONICAL_SEQUENCE as readonly string[]).indexOf(beat);
}
