import { RECORD } from '../core/record/record-data.ts';
import type { RecordData } from '../core/record/record-types.ts';
import { translateRecord, type RawTranslation } from '../core/record/translate-record.ts';
import type { Language } from '../core/settings/language.ts';
import { partOf } from './part-of.ts';

// Every language's record text (src/languages/<lang>/record-text.ts over story/record/<lang>/*.json), each its own
// chunk: a reader downloads only the language they read, and only when a part that shows the record first opens.
const TEXTS = import.meta.glob<RawTranslation>('./*/record-text.ts', { import: 'recordText' });

const translated = new Map<Language, RecordData>();

/**
 * Loads the record in the player's language: as shipped (story/record/*.json, English) for a language without a
 * record-text part, else that part's texts merged over it by id (translateRecord; a text not yet written stays in
 * English). Every part that shows the record awaits this before it is built.
 */
export async function loadRecordFor(lang: Language): Promise<RecordData> {
  const cached = translated.get(lang);
  if (cached) return cached;
  const load = partOf(TEXTS, lang);
  if (load === undefined) return RECORD;
  const result = translateRecord(RECORD, await load());
  if (result.missing.length > 0)
    console.warn(`[record] ${result.missing.length} ${lang} record texts are missing; English shown for them`);
  translated.set(lang, result.record);
  return result.record;
}

/** The record in the player's language, once loadRecordFor(lang) has resolved (a programming error before). */
export function recordFor(lang: Language): RecordData {
  const record = translated.get(lang) ?? (partOf(TEXTS, lang) === undefined ? RECORD : undefined);
  if (record === undefined) throw new Error(`recordFor('${lang}') before loadRecordFor('${lang}') resolved`);
  return record;
}
