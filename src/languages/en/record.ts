import type { RecordStrings } from '../../ui/strings/en-record.ts';
import { enRecord } from '../../ui/strings/en-record.ts';

/** The labels of the archive and the debrief in English (the record's own text is story/record/*.json). */
export const recordStrings: RecordStrings = enRecord;
