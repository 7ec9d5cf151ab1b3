import type { Language } from '../core/settings/language.ts';
import type { ClassroomStrings } from '../ui/strings/en-classroom.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

// Eager: the teacher's menu is labelled when classroom mode installs.
const TABLES = import.meta.glob<ClassroomStrings>('./*/classroom.ts', { eager: true, import: 'classroomStrings' });

/** The labels of classroom mode in `lang` (src/languages/<lang>/classroom.ts). */
export function classroomStringsFor(lang: Language): ClassroomStrings {
  return extraParts(lang)?.classroom ?? partOrFallback(TABLES, lang);
}
