/// <reference types="vite/client" />
import type { SoundEntry } from '../../core/audio/sound-catalog.ts';

/**
 * Every committed sound file, bundled by Vite from our own origin (hashed names in the build). Keys look like
 * `../../../assets/audio/music/title.ogg`. Not eager for the bytes: only the URL strings are in the bundle.
 */
const FILES = import.meta.glob<string>('../../../assets/audio/**/*.ogg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The URL of a catalog entry's file, or undefined when the file is not there (the adapter then stays silent). */
export function soundUrl(entry: Pick<SoundEntry, 'file'>): string | undefined {
  return FILES[`../../../assets/audio/${entry.file}`];
}
