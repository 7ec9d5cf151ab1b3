import { ONESHOT_CAPTIONS, type OneshotId } from '../../core/audio/ambient-events.ts';

/** Captions for the ambient one-shots in English: the core's own table (core/audio/ambient-events.ts). */
export const oneshotCaptions: Readonly<Record<OneshotId, string>> = ONESHOT_CAPTIONS;
