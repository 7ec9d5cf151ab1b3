// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MORE_BELOW_SLACK, addMoreBelowCue } from '../../../src/ui/dom/more-below.ts';
import { StoryView } from '../../../src/ui/dom/story-view.ts';

/** Where the story pane's visible part ends, in viewport pixels. */
const PANE_BOTTOM = 600;

interface Pane {
  readonly story: HTMLElement;
  readonly cue: HTMLElement;
  readonly pill: HTMLElement;
  /** Every layout read the cue made. */
  readonly reads: string[];
  readonly scrolls: ScrollToOptions[];
}

let frames: FrameRequestCallback[] = [];
const runFrames = () => frames.splice(0).forEach((run) => run(0));
const settle = () => new Promise<void>((done) => setTimeout(done, 0)); // the MutationObserver's delivery

beforeEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset['motion'];
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

/** A box whose bottom edge is where the test says, each read of it noted. */
function laidOut<T extends HTMLElement>(element: T, bottom: () => number, reads: string[]): T {
  element.getBoundingClientRect = () => (reads.push('rect'), { bottom: bottom() }) as DOMRect;
  return element;
}

function pane(): Pane {
  const reads: string[] = [];
  const story = laidOut(document.createElement('div'), () => PANE_BOTTOM, reads);
  document.body.append(story, document.createElement('nav'));
  Object.defineProperty(story, 'clientHeight', { get: () => (reads.push('clientHeight'), 300) });
  const scrolls: ScrollToOptions[] = [];
  story.scrollBy = ((options: ScrollToOptions) => scrolls.push(options)) as typeof story.scrollBy;
  const cue = addMoreBelowCue(story, 'More below');
  const pill = cue.querySelector<HTMLElement>('.more-below-pill');
  if (!pill) throw new Error('the cue has no pill');
  return { story, cue, pill, reads, scrolls };
}

/** A paragraph whose last line ends `bottom()` pixels down the viewport. */
function paragraph(p: Pane, bottom: () => number): HTMLElement {
  return laidOut(Object.assign(document.createElement('p'), { textContent: 'A line.' }), bottom, p.reads);
}
const shown = (p: Pane) => p.cue.hasAttribute('data-shown');

describe('the "More below" cue', () => {
  it('sits between the story and the choices, hidden from assistive technology and out of the tab order', () => {
    const p = pane();
    expect(p.story.nextElementSibling).toBe(p.cue);
    expect(p.cue.getAttribute('aria-hidden')).toBe('true');
    expect(p.cue.querySelector('button, [tabindex], a')).toBeNull();
    expect(p.cue.textContent).toContain('More below');
  });

  it('shows while the last line is below the pane, and goes once it is in view', async () => {
    const p = pane();
    let end = PANE_BOTTOM + 400;
    p.story.append(
      paragraph(p, () => 100),
      paragraph(p, () => end),
    );
    await settle();
    runFrames();
    expect(shown(p)).toBe(true);
    end = PANE_BOTTOM - 20; // scrolled to the end
    p.story.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(shown(p)).toBe(false);
  });

  it('goes with the text: an empty story shows no cue', async () => {
    const p = pane();
    p.story.append(paragraph(p, () => PANE_BOTTOM + 400));
    await settle();
    runFrames();
    p.story.replaceChildren();
    await settle();
    runFrames();
    expect(shown(p)).toBe(false);
  });

  it(`counts up to ${MORE_BELOW_SLACK} px of the last line under the edge as nothing below`, async () => {
    const p = pane();
    let end = PANE_BOTTOM + MORE_BELOW_SLACK;
    p.story.append(paragraph(p, () => end));
    await settle();
    runFrames();
    expect(shown(p)).toBe(false);
    end += 1;
    p.story.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(shown(p)).toBe(true);
  });

  it('reads no layout while a passage is written, only in the next frame, once for many changes', async () => {
    const p = pane();
    p.story.append(
      paragraph(p, () => 900),
      paragraph(p, () => 950),
    );
    p.story.dispatchEvent(new Event('scroll'));
    await settle();
    p.story.append(paragraph(p, () => 1000));
    await settle();
    expect(p.reads).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(p.reads).toEqual(['rect', 'rect']);
  });

  it('scrolls most of a screenful when tapped: smoothly, or at once when motion is reduced', () => {
    const p = pane();
    p.pill.click();
    document.documentElement.dataset['motion'] = 'reduced';
    p.pill.click();
    expect(p.scrolls).toEqual([
      { top: 240, behavior: 'smooth' },
      { top: 240, behavior: 'auto' },
    ]);
  });

  it('passes a drag or a wheel that starts on it to the story, and a drag is not a tap', () => {
    const p = pane();
    p.story.scrollTop = 100;
    p.pill.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 3, clientY: 500 }));
    p.pill.dispatchEvent(new PointerEvent('pointermove', { pointerId: 3, clientY: 470 }));
    p.pill.dispatchEvent(new PointerEvent('pointermove', { pointerId: 3, clientY: 440 }));
    p.pill.click(); // the click a mouse sends after its drag
    expect(p.story.scrollTop).toBe(160);
    p.pill.dispatchEvent(new WheelEvent('wheel', { deltaY: 3, deltaMode: 1 }));
    expect(p.scrolls).toEqual([{ top: 96 }]);
  });

  it('is added by the story view when it has a label, and outlives clearing the story', () => {
    const story = document.createElement('div');
    const choices = document.createElement('nav');
    document.body.append(story, choices);
    const labels = { recordReached: 'On the record', chooseHint: () => '', moreBelow: 'More below' };
    const view = new StoryView({ story, choices, onChoose: () => undefined, captionFor: () => null, labels });
    view.clear();
    expect(story.nextElementSibling?.classList.contains('more-below')).toBe(true);
    expect(story.nextElementSibling?.textContent).toContain('More below');
  });
});
