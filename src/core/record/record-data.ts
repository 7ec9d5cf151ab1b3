// The historical record as shipped: the JSON beside the story, typed. The cast is checked, not trusted:
// tests/unit/record/record-data.test.ts runs validateRecord on exactly these imports and requires zero problems.

import beats from '../../../story/record/beats.json';
import disputes from '../../../story/record/disputes.json';
import measures from '../../../story/record/measures.json';
import pushbacks from '../../../story/record/pushbacks.json';
import roles from '../../../story/record/roles.json';
import sources from '../../../story/record/sources.json';
import type { RecordData } from './record-types.ts';
import type { RawRecord } from './validate-record.ts';

/** The record files exactly as imported, for the validator. */
export const RAW_RECORD: RawRecord = { beats, sources, disputes, pushbacks, measures, roles };

export const RECORD: RecordData = RAW_RECORD as unknown as RecordData;
