// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MORE_BELOW_SLACK, addMoreBelowCue } from '../../../src/ui/dom/more-below.ts';

interface Pane {
  readonly story: HTMLElement;
  readonly cue: HTMLElement;
  readonly metrics: { scrollHeight: number; clientHeight: number; scrollTop: number };
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

/** A story pane with the scroll metrics a browser would lay out, every read of them noted. */
function pane(scrollHeight: number, clientHeight: number): Pane {
  const story = document.createElement('div');
  const choices = document.createElement('nav');
  document.body.append(story, choices);
  const metrics = { scrollHeight, clientHeight, scrollTop: 0 };
  const reads: string[] = [];
  for (const name of ['scrollHeight', 'clientHeight', 'scrollTop'] as const) {
    Object.defineProperty(story, name, {
      get: () => (reads.push(name), metrics[name]),
      set: (value: number) => (metrics[name] = value),
    });
  }
  const scrolls: ScrollToOptions[] = [];
  story.scrollBy = ((options: ScrollToOptions) => scrolls.push(options)) as typeof story.scrollBy;
  const cue = addMoreBelowCue(story, 'More below');
  return { story, cue, metrics, reads, scrolls };
}

const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
const shown = (p: Pane) => p.cue.hasAttribute('data-shown');

describe('the "More below" cue', () => {
  it('sits between the story and the choices, hidden from assistive technology and out of the tab order', () => {
    const p = pane(1000, 300);
    expect(p.story.nextElementSibling).toBe(p.cue);
    expect(p.cue.getAttribute('aria-hidden')).toBe('true');
    expect(p.cue.querySelector('button, [tabindex], a')).toBeNull();
    expect(p.cue.textContent).toContain('More below');
  });

  it('shows while part of the passage is below the pane, and goes once the end is in view', async () => {
    const p = pane(1000, 300);
    p.story.append(paragraph('A long passage.'));
    await settle();
    runFrames();
    expect(shown(p)).toBe(true);
    p.metrics.scrollTop = 700;
    p.story.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(shown(p)).toBe(false);
  });

  it("counts the pane's bottom padding as nothing below", async () => {
    const p = pane(1000, 300);
    p.metrics.scrollTop = 1000 - 300 - MORE_BELOW_SLACK;
    p.story.append(paragraph('The last line, in view.'));
    await settle();
    runFrames();
    expect(shown(p)).toBe(false);
    p.metrics.scrollTop -= 1;
    p.story.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(shown(p)).toBe(true);
  });

  it('reads no layout while a passage is written, only in the next animation frame, once for many changes', async () => {
    const p = pane(1000, 300);
    p.story.append(paragraph('One.'), paragraph('Two.'));
    p.story.dispatchEvent(new Event('scroll'));
    await settle();
    p.story.append(paragraph('Three.'));
    await settle();
    expect(p.reads).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(p.reads.length).toBeGreaterThan(0);
  });

  it('scrolls most of a screenful when tapped: smoothly, or at once when motion is reduced', () => {
    const p = pane(1000, 300);
    const pill = p.cue.querySelector<HTMLElement>('.more-below-pill');
    pill?.click();
    document.documentElement.dataset['motion'] = 'reduced';
    pill?.click();
    expect(p.scrolls).toEqual([
      { top: 240, behavior: 'smooth' },
      { top: 240, behavior: 'instant' },
    ]);
  });
});
