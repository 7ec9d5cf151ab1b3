import { captionFor } from '../../core/audio/sound-catalog.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { addExtraParts } from '../../languages/extra-parts.ts';
import { enClassroom } from '../../ui/strings/en-classroom.ts';
import { enRecord } from '../../ui/strings/en-record.ts';
import { enTeacher } from '../../ui/strings/en-teacher.ts';
import { en, type Strings } from '../../ui/strings/en.ts';
import type { LanguagePack } from '../../ui/strings/language-pack.ts';
import { PSEUDO_LANGUAGE } from './pseudo-enabled.ts';
import { pseudoTable, pseudoText } from './pseudo-localize.ts';

/**
 * The pseudo-locale's pack, generated from the English tables when it loads (pseudo-localize.ts). Loading it also
 * adds the pseudo archive and classroom labels, which the record and classroom features look up by language.
 */
export const pseudoPack: LanguagePack = {
  strings: pseudoTable<Strings>(en),
  captionFor: (sfx: SfxId) => pseudoText(captionFor(sfx)),
};

addExtraParts(PSEUDO_LANGUAGE, {
  record: pseudoTable(enRecord),
  classroom: pseudoTable(enClassroom),
  teacher: pseudoTable(enTeacher),
});
