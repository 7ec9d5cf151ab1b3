import type { OneshotId } from '../../core/audio/ambient-events.ts';
import type { Language } from '../../core/settings/language.ts';
import { partOrFallback } from '../../languages/part-of.ts';

// Eager here, so each language's table travels in the sound chunk that imports this file, never before the first text.
const TABLES = import.meta.glob<Readonly<Record<OneshotId, string>>>('../../languages/*/oneshot-captions.ts', {
  import: 'oneshotCaptions',
  eager: true,
});

/**
 * The ambient one-shots' captions in `lang` (src/languages/<lang>/oneshot-captions.ts). Loaded with the sound
 * (src/app/load-presentation.ts), never before the first text: they are needed only once sound plays.
 */
export function eventCaptions(lang: Language): (id: OneshotId) => string {
  const table = partOrFallback(TABLES, lang);
  return (id) => table[id];
}
