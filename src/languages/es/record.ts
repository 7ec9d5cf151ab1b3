import type { RecordStrings } from '../../ui/strings/en-record.ts';
import { esRecord } from '../../ui/strings/es-record.ts';

/** The labels of the archive and the debrief in Spanish (the record's own text is story/record/es/*.json). */
export const recordStrings: RecordStrings = esRecord;
