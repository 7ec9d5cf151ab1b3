import { ONESHOT_CAPTIONS, type OneshotId } from '../../core/audio/ambient-events.ts';
import type { Language } from '../../core/settings/language.ts';
import { ES_ONESHOT_CAPTIONS } from './es-oneshot-captions.ts';

/**
 * The ambient one-shots' captions in `lang`. Loaded with the sound (src/app/load-presentation.ts), never before the
 * first text: they are needed only once sound plays.
 */
export function eventCaptions(lang: Language): (id: OneshotId) => string {
  switch (lang) {
    case 'en':
      return (id) => ONESHOT_CAPTIONS[id];
    case 'es':
      return (id) => ES_ONESHOT_CAPTIONS[id];
  }
}
