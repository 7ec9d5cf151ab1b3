import type { SfxId } from '../../core/stage/ids.ts';
import { es } from '../../ui/strings/es.ts';
import { ES_CAPTIONS } from '../../ui/strings/es-captions.ts';
import type { LanguagePack } from '../../ui/strings/language-pack.ts';

/** The Spanish interface: its own chunk, fetched only by Spanish readers, beside the story file. */
export const pack: LanguagePack = { strings: es, captionFor: (sfx: SfxId) => ES_CAPTIONS[sfx] };
