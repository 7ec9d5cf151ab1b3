import type { Language } from '../core/settings/language.ts';
import type { ClassroomStrings } from '../ui/strings/en-classroom.ts';
import type { RecordStrings } from '../ui/strings/en-record.ts';
import type { MarksStrings } from './marks-strings.ts';
import type { NotebookLabel, NotebookStrings } from '../ui/dom/notebook/notebook-strings.ts';
import type { TeacherStrings } from './teacher-strings.ts';

/**
 * Tables of a language outside the registry, added when its pack loads: only the pseudo-locale of dev and test
 * builds (src/dev/pseudo/pseudo-pack.ts) uses it. Empty in a production build.
 */
export interface ExtraParts {
  readonly record: RecordStrings;
  readonly classroom: ClassroomStrings;
  readonly marks: MarksStrings;
  readonly notebook?: NotebookStrings;
  readonly notebookLabel?: NotebookLabel;
  readonly teacher: TeacherStrings;
}

const EXTRA = new Map<Language, ExtraParts>();

export function addExtraParts(lang: Language, parts: ExtraParts): void {
  EXTRA.set(lang, parts);
}

export function extraParts(lang: Language): ExtraParts | undefined {
  return EXTRA.get(lang);
}
