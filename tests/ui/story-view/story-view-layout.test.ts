// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../../src/core/session/frame.ts';
import { StoryView } from '../../../src/ui/dom/story-view.ts';

/**
 * A choice must not force a synchronous layout: the view writes the new passage and reads no layout property while
 * it does; the one layout-dependent step (scrolling to the new passage) waits for the next animation frame, where
 * the browser lays the page out once anyway.
 */
const LAYOUT_READS = [
  'offsetHeight',
  'offsetWidth',
  'offsetTop',
  'offsetLeft',
  'clientHeight',
  'clientWidth',
  'scrollHeight',
  'scrollTop',
] as const;
const LAYOUT_CALLS = ['getBoundingClientRect', 'getClientRects', 'scrollIntoView'] as const;

function frame(texts: readonly string[], choices: readonly string[]): Frame {
  const line = (text: string, id: number) => ({
    id,
    text,
    classes: [],
    sfx: [],
    cites: [],
    record: null,
    recalls: [],
    invented: false,
    clear: false,
  });
  const offered = choices.map((text, index) => ({ index, text }));
  return { lines: texts.map(line), choices: offered, status: 'choosing' } as unknown as Frame;
}

let frames: FrameRequestCallback[] = [];
const touched: string[] = [];
const restore: (() => void)[] = [];

beforeEach(() => {
  document.body.replaceChildren();
  frames = [];
  touched.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  for (const name of LAYOUT_READS) {
    const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    const original = own ?? Object.getOwnPropertyDescriptor(Element.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => (touched.push(name), 0) });
    restore.push(() => {
      if (original) Object.defineProperty(HTMLElement.prototype, name, original);
      else Reflect.deleteProperty(HTMLElement.prototype, name);
    });
  }
  for (const name of LAYOUT_CALLS) {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, name);
    Element.prototype[name] = function (this: Element) {
      touched.push(name);
    } as never;
    restore.push(() => {
      if (original) Object.defineProperty(Element.prototype, name, original);
    });
  }
});

afterEach(() => {
  for (const undo of restore.splice(0)) undo();
  vi.unstubAllGlobals();
});

function view(): StoryView {
  const story = document.createElement('div');
  const choices = document.createElement('nav');
  document.body.append(story, choices);
  const labels = { recordReached: 'On the record', chooseHint: (n: number) => `${n} choices` };
  return new StoryView({ story, choices, onChoose: () => undefined, captionFor: () => null, labels });
}

describe('the story view and layout', () => {
  it('reads no layout while it writes a passage and focuses the first choice', () => {
    const v = view();
    v.render(frame(['The gate is barred.', 'Robins lets you in.'], ['The house', 'The garden']), null);
    v.focusFirstChoice();
    expect(touched).toEqual([]);
    expect(document.activeElement?.textContent).toContain('The house');
  });

  it('scrolls to the start of the new passage in the next animation frame, once', () => {
    const v = view();
    v.render(frame(['First passage.'], ['On']), null);
    frames.splice(0).forEach((run) => run(0));
    touched.length = 0;
    const first = v.render(frame(['Second passage.', 'More of it.'], ['On']), 'On');
    expect(touched).toEqual([]);
    expect(frames).toHaveLength(1);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    frames.splice(0).forEach((run) => run(0));
    expect(scrolled).toEqual([first]);
    expect(first?.textContent).toBe('On');
  });
});
