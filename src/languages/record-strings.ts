import type { Language } from '../core/settings/language.ts';
import type { RecordStrings } from '../ui/strings/en-record.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

// Each language's archive and debrief labels are a chunk of their own, fetched with the archive (not before the first
// text); the two buttons that open them are labelled from the interface strings.
const TABLES = import.meta.glob<RecordStrings>('./*/record.ts', { import: 'recordStrings' });

/** The archive and debrief labels in `lang` (src/languages/<lang>/record.ts). */
export function loadRecordStrings(lang: Language): Promise<RecordStrings> {
  const extra = extraParts(lang)?.record;
  return extra ? Promise.resolve(extra) : partOrFallback(TABLES, lang)();
}
