import { RECORD } from '../../../core/record/record-data.ts';
import type { RecordData } from '../../../core/record/record-types.ts';
import { translateRecord, type RawTranslation } from '../../../core/record/translate-record.ts';
import type { Language } from '../../../core/settings/language.ts';

// The Spanish record files, whichever exist (a file not yet written leaves its fields in English).
const SPANISH = import.meta.glob<unknown>('../../../../story/record/es/*.json', { eager: true, import: 'default' });

function rawTranslation(files: Readonly<Record<string, unknown>>): RawTranslation {
  const raw: Record<string, unknown> = {};
  for (const [path, data] of Object.entries(files)) raw[path.replace(/^.*\//, '').replace(/\.json$/, '')] = data;
  return raw;
}

let spanish: RecordData | null = null;

/** The record in the player's language: English as shipped, Spanish merged over it by id (translateRecord). */
export function recordFor(lang: Language): RecordData {
  switch (lang) {
    case 'en':
      return RECORD;
    case 'es': {
      if (!spanish) {
        const { record, missing } = translateRecord(RECORD, rawTranslation(SPANISH));
        if (missing.length > 0) console.warn(`[record] ${missing.length} Spanish record texts are missing; English shown for them`);
        spanish = record;
      }
      return spanish;
    }
  }
}
