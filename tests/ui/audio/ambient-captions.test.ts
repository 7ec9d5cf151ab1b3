// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ONESHOT_CAPTIONS, type OneshotId } from '../../../src/core/audio/ambient-events.ts';
import { createSilentAudio } from '../../../src/adapters/audio/silent-audio.ts';
import { captionAmbientEvents } from '../../../src/ui/dom/ambient-captions.ts';
import { eventCaptions } from '../../../src/ui/strings/event-captions.ts';

/** A story panel with one passage, an audio port whose event listener the test calls, and a clock it sets. */
function build(lang: 'en' | 'es' = 'en') {
  document.body.replaceChildren();
  const story = document.createElement('div');
  story.id = 'story';
  const passage = document.createElement('p');
  passage.textContent = 'The yard is quiet.';
  story.append(passage);
  document.body.append(story);
  let now = 0;
  let wanted = true;
  let listener: ((id: OneshotId) => void) | null = null;
  const audio = Object.assign(createSilentAudio(), {
    onAmbientEvent: (l: ((id: OneshotId) => void) | null) => void (listener = l),
  });
  captionAmbientEvents({ audio, story, wanted: () => wanted, captionFor: eventCaptions(lang), now: () => now });
  const hear = (id: OneshotId, at: number) => {
    now = at;
    listener?.(id);
  };
  const lines = () => [...story.querySelectorAll('p.ambient')].map((p) => p.textContent);
  return { story, hear, lines, setWanted: (on: boolean) => void (wanted = on) };
}

describe('captions for ambient sounds', () => {
  it('show one line after the text, rewritten in place, and hidden from screen readers', () => {
    const { story, hear, lines } = build();
    hear('dog_far', 10_000);
    expect(lines()).toEqual([ONESHOT_CAPTIONS.dog_far]);
    hear('truck_far', 12_000);
    expect(lines()).toEqual(['[A lorry passes on the road]']);
    expect(story.lastElementChild?.getAttribute('aria-hidden')).toBe('true');
    expect(story.childElementCount).toBe(2);
  });

  it('start a new line once a passage has come after the last one', () => {
    const { story, hear, lines } = build();
    hear('dog_far', 10_000);
    story.append(Object.assign(document.createElement('p'), { textContent: 'You wait.' }));
    hear('hens', 20_000);
    expect(lines()).toEqual(['[A dog barks far off]', '[Hens cluck]']);
  });

  it('show at most one line a second', () => {
    const { story, hear } = build();
    const seen: string[] = [];
    for (const [id, at] of [
      ['dog_far', 1000],
      ['hens', 1500],
      ['cart', 1999],
      ['tray', 2000],
      ['bird_far', 2400],
    ] as const) {
      hear(id, at);
      seen.push(story.querySelector('p.ambient')?.textContent ?? '');
    }
    expect(seen).toEqual([
      '[A dog barks far off]',
      '[A dog barks far off]',
      '[A dog barks far off]',
      '[A metal tray is set down]',
      '[A metal tray is set down]',
    ]);
  });

  it('show nothing while captions are off or no passage is on screen', () => {
    const { hear, lines, setWanted } = build();
    setWanted(false);
    hear('hens', 5000);
    expect(lines()).toEqual([]);
  });

  it("speak the reader's language", () => {
    const { hear, lines } = build('es');
    hear('rain_tin', 1000);
    expect(lines()).toEqual(['[La lluvia repiquetea en un techo de lámina]']);
  });
});
