import { RECORD } from '../../../core/record/record-data.ts';
import type { RecordData } from '../../../core/record/record-types.ts';
import { translateRecord, type RawTranslation } from '../../../core/record/translate-record.ts';
import type { Language } from '../../../core/settings/language.ts';

// Every language's record files, story/record/<lang>/*.json (a file not yet written leaves its fields in English).
const TRANSLATIONS = import.meta.glob<unknown>('../../../../story/record/*/*.json', { eager: true, import: 'default' });

function rawTranslation(lang: Language): RawTranslation | null {
  let raw: Record<string, unknown> | null = null;
  for (const [path, data] of Object.entries(TRANSLATIONS)) {
    const parts = path.split('/');
    if (parts.at(-2) === lang) (raw ??= {})[(parts.at(-1) ?? '').replace(/\.json$/, '')] = data;
  }
  return raw;
}

const translated = new Map<Language, RecordData>();

/**
 * The record in the player's language: as shipped (story/record/*.json, English) for a language without a folder
 * story/record/<lang>/, else that folder's texts merged over it by id (translateRecord).
 */
export function recordFor(lang: Language): RecordData {
  let record = translated.get(lang);
  if (!record) {
    const raw = rawTranslation(lang);
    if (raw === null) return RECORD;
    const result = translateRecord(RECORD, raw);
    if (result.missing.length > 0)
      console.warn(`[record] ${result.missing.length} ${lang} record texts are missing; English shown for them`);
    record = result.record;
    translated.set(lang, record);
  }
  return record;
}
