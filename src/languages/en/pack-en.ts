import { captionFor } from '../../core/audio/sound-catalog.ts';
import { en } from '../../ui/strings/en.ts';
import type { LanguagePack } from '../../ui/strings/language-pack.ts';

/** The English interface: its own chunk like every language's, fetched only by English readers, beside the story. */
export const pack: LanguagePack = { strings: en, captionFor };
