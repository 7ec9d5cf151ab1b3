import { captionFor } from '../../core/audio/sound-catalog.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { addExtraParts } from '../../languages/extra-parts.ts';
import { enClassroom } from '../../ui/strings/en-classroom.ts';
import { enRecord } from '../../ui/strings/en-record.ts';
import type { MarksStrings } from '../../languages/marks-strings.ts';
import { partOrFallback } from '../../languages/part-of.ts';
import { DEFAULT_LANGUAGE } from '../../core/settings/language.ts';
import type { NotebookLabel, NotebookStrings } from '../../ui/dom/notebook/notebook-strings.ts';
import { enTeacher } from '../../ui/strings/en-teacher.ts';
import { en, type Strings } from '../../ui/strings/en.ts';
import type { LanguagePack } from '../../ui/strings/language-pack.ts';
import { PSEUDO_LANGUAGE } from './pseudo-enabled.ts';
import { pseudoTable, pseudoText } from './pseudo-localize.ts';

/**
 * The pseudo-locale's pack, generated from the English tables when it loads (pseudo-localize.ts). Loading it also
 * adds the pseudo archive and classroom labels, which the record and classroom features look up by language.
 */
// The notebook's tables live only in the language folders: the fallback language's, found by the registry.
const NOTEBOOK = import.meta.glob<NotebookStrings>('../../languages/*/notebook.ts', {
  eager: true,
  import: 'notebookStrings',
});
const NOTEBOOK_LABEL = import.meta.glob<NotebookLabel>('../../languages/*/notebook-label.ts', {
  eager: true,
  import: 'notebookLabel',
});

export const pseudoPack: LanguagePack = {
  strings: pseudoTable<Strings>(en),
  captionFor: (sfx: SfxId) => pseudoText(captionFor(sfx)),
};

// The marks' words live in the language folders (src/languages/<id>/marks.ts); the pseudo-locale is made from the
// default language's.
const MARKS = import.meta.glob<MarksStrings>('../../languages/*/marks.ts', { eager: true, import: 'marksStrings' });

addExtraParts(PSEUDO_LANGUAGE, {
  record: pseudoTable(enRecord),
  classroom: pseudoTable(enClassroom),
  marks: pseudoTable(partOrFallback(MARKS, DEFAULT_LANGUAGE)),
  notebook: pseudoTable(partOrFallback(NOTEBOOK, DEFAULT_LANGUAGE)),
  notebookLabel: pseudoTable(partOrFallback(NOTEBOOK_LABEL, DEFAULT_LANGUAGE)),
  teacher: pseudoTable(enTeacher),
});
