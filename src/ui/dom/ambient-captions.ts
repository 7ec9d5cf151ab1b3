import type { OneshotId } from '../../core/audio/ambient-events.ts';
import type { AudioPort } from '../../core/audio/audio-port.ts';
import { CaptionLimiter } from '../../core/audio/caption-limiter.ts';

export interface AmbientCaptionParts {
  readonly audio: AudioPort;
  /** The story text (#story): the caption line goes at its end. */
  readonly story: HTMLElement;
  /** Captions on and a passage on screen (Controller.ambientCaptionsWanted). */
  readonly wanted: () => boolean;
  readonly captionFor: (id: OneshotId) => string;
  /** Milliseconds clock (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * Captions the ambient one-shots (a dog far off, a lorry): at most one line a second (CaptionLimiter), as one line
 * at the end of the text that is rewritten in place until the next passage, so background sounds never pile up.
 * Hidden from screen readers: the story region is live, and background noises read aloud every few seconds would
 * talk over the story. Loaded with the sound, never before the first text.
 */
export function captionAmbientEvents(parts: AmbientCaptionParts): void {
  const limiter = new CaptionLimiter();
  const now = parts.now ?? Date.now;
  parts.audio.onAmbientEvent?.((id) => {
    if (!parts.wanted() || !limiter.allow(now())) return;
    const last = parts.story.lastElementChild;
    const line = last instanceof HTMLElement && last.classList.contains('ambient') ? last : document.createElement('p');
    line.className = 'caption ambient';
    line.setAttribute('aria-hidden', 'true');
    line.textContent = parts.captionFor(id);
    if (line !== last) parts.story.append(line);
  });
}
