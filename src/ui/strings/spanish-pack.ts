import type { SfxId } from '../../core/stage/ids.ts';
import { es } from './es.ts';
import { ES_CAPTIONS } from './es-captions.ts';
import type { LanguagePack } from './language-pack.ts';

/** The Spanish interface: its own chunk, fetched only by Spanish readers, beside the story file. */
export const spanishPack: LanguagePack = { strings: es, captionFor: (sfx: SfxId) => ES_CAPTIONS[sfx] };
