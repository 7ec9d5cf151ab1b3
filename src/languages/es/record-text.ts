import beats from '../../../story/record/es/beats.json';
import disputes from '../../../story/record/es/disputes.json';
import measures from '../../../story/record/es/measures.json';
import pushbacks from '../../../story/record/es/pushbacks.json';
import roles from '../../../story/record/es/roles.json';
import sources from '../../../story/record/es/sources.json';
import type { RawTranslation } from '../../core/record/translate-record.ts';

/**
 * The record's own text in Spanish (story/record/es/*.json), merged by id over the English record when a Spanish
 * reader first opens something that shows it (src/languages/record-for-language.ts): a chunk of its own.
 */
export const recordText: RawTranslation = { beats, disputes, measures, pushbacks, roles, sources };
