import { createHowlerAudio } from '../adapters/audio/howler-audio.ts';
import type { AudioPort } from '../core/audio/audio-port.ts';
import type { Language } from '../core/settings/language.ts';
import { captionAmbientEvents } from '../ui/dom/ambient-captions.ts';
import { eventCaptions } from '../ui/strings/event-captions.ts';
import type { Controller } from './controller.ts';

/**
 * The sound chunk's entry (loaded after the first text by load-presentation.ts): howler, the controller's audio,
 * and captions for the ambient one-shots in the reader's language.
 */
export async function attachSound(controller: Controller, lang: Language): Promise<AudioPort> {
  const audio = await createHowlerAudio();
  controller.attachAudio(audio);
  const story = document.getElementById('story');
  if (story)
    captionAmbientEvents({
      audio,
      story,
      wanted: () => controller.ambientCaptionsWanted(),
      captionFor: eventCaptions(lang),
    });
  return audio;
}
