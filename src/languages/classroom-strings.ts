import type { Language } from '../core/settings/language.ts';
import type { ClassroomStrings } from '../ui/strings/en-classroom.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

// Each language's labels are a chunk of their own, loaded when classroom mode installs (before its menu shows).
const TABLES = import.meta.glob<ClassroomStrings>('./*/classroom.ts', { import: 'classroomStrings' });

/** The labels of classroom mode in `lang` (src/languages/<lang>/classroom.ts). */
export async function loadClassroomStrings(lang: Language): Promise<ClassroomStrings> {
  return extraParts(lang)?.classroom ?? (await partOrFallback(TABLES, lang)());
}
