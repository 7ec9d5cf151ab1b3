// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Controller } from '../../../src/app/controller.ts';
import { resolveMode } from '../../../src/app/modes.ts';
import { ONESHOT_CAPTIONS, type OneshotId } from '../../../src/core/audio/ambient-events.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { createSilentAudio } from '../../../src/adapters/audio/silent-audio.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInk } from '../../support/compile-inline.ts';

const JSON_STORY = compileInk('The yard is quiet.\n* [Wait] You wait.\n-> END\n');

/** A controller on a one-passage story, its clock in the test's hands, and the audio's event listener. */
function build() {
  document.body.replaceChildren();
  const root = document.createElement('main');
  root.id = 'app';
  for (const [tag, id] of [['section', 'title-screen'], ['section', 'reader'], ['header', 'reader-bar'], ['div', 'story'], ['nav', 'choices']] as const) {
    const node = document.createElement(tag);
    node.id = id;
    root.append(node);
  }
  document.body.append(root);
  let now = 0;
  const session = createSession({ engine: StoryEngine.fromJson(JSON_STORY), canonical: [] });
  const controller = new Controller({
    session,
    mode: resolveMode('?mode=classroom').mode,
    strings: en,
    root,
    captionFor: () => null,
    captionForEvent: (id) => ONESHOT_CAPTIONS[id],
    now: () => now,
    logger: { warn: () => {}, error: () => {} },
  });
  let listener: ((id: OneshotId) => void) | null = null;
  const audio = Object.assign(createSilentAudio(), { onAmbientEvent: (l: ((id: OneshotId) => void) | null) => void (listener = l) });
  controller.attachAudio(audio);
  const hear = (id: OneshotId, at: number) => {
    now = at;
    listener?.(id);
  };
  const lines = () => [...root.querySelectorAll('#story p.ambient')].map((p) => p.textContent);
  return { controller, hear, lines, root };
}

describe('captions for ambient sounds', () => {
  it('show one line after the text, rewritten in place, and hidden from screen readers', () => {
    const { controller, hear, lines, root } = build();
    controller.setCaptions(true);
    controller.begin({ kind: 'start' });
    hear('dog_far', 10_000);
    expect(lines()).toEqual(['[A dog barks far off]']);
    hear('truck_far', 12_000);
    expect(lines()).toEqual(['[A lorry passes on the road]']);
    expect(root.querySelector('#story p.ambient')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('#story')?.lastElementChild?.classList.contains('ambient')).toBe(true);
  });

  it('show at most one line a second', () => {
    const { controller, hear, root } = build();
    controller.setCaptions(true);
    controller.begin({ kind: 'start' });
    const seen: string[] = [];
    const story = root.querySelector('#story')!;
    for (const [id, at] of [['dog_far', 1000], ['hens', 1500], ['cart', 1999], ['tray', 2000], ['bird_far', 2400]] as const) {
      hear(id, at);
      seen.push(story.querySelector('p.ambient')?.textContent ?? '');
    }
    expect(seen).toEqual(['[A dog barks far off]', '[A dog barks far off]', '[A dog barks far off]', '[A metal tray is set down]', '[A metal tray is set down]']);
  });

  it('show nothing while captions are off or before a passage is on screen', () => {
    const { controller, hear, lines } = build();
    controller.setCaptions(true);
    hear('dog_far', 1000); // the title screen
    controller.begin({ kind: 'start' });
    controller.setCaptions(false);
    hear('hens', 5000);
    expect(lines()).toEqual([]);
  });
});
