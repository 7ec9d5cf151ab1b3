import type { Frame, FrameLine } from '../../core/session/frame.ts';
import type { SfxId } from '../../core/stage/ids.ts';
import { addMoreBelowCue } from './more-below.ts';

export interface StoryViewOptions {
  readonly story: HTMLElement;
  readonly choices: HTMLElement;
  readonly onChoose: (index: number) => void;
  /** Caption for a sound effect, or null when captions are off. */
  readonly captionFor: (sfx: SfxId) => string | null;
  readonly labels: {
    readonly recordReached: string;
    readonly chooseHint: (n: number) => string;
    /** Visually hidden text read after each choice: ", choice 2 of 3". */
    readonly choicePosition?: (position: number, count: number) => string;
    /** The cue shown while part of the passage is below the pane; without it, no cue. */
    readonly moreBelow?: string;
  };
}

/** Paragraphs kept in the panel; older ones live on in the history panel. Keeps a kiosk's DOM flat for weeks. */
const MAX_PARAGRAPHS = 120;

/**
 * Renders Frames as DOM: story text as paragraphs (always as text, never as HTML), choices as numbered buttons.
 * The text container is an aria-live region, so new passages are announced.
 */
export class StoryView {
  constructor(private readonly options: StoryViewOptions) {
    if (options.labels.moreBelow) addMoreBelowCue(options.story, options.labels.moreBelow);
  }

  clear(): void {
    this.options.story.replaceChildren();
    this.options.choices.replaceChildren();
  }

  /** Shows what was chosen, then the frame's lines and choices. Returns the first new paragraph, if any. */
  render(frame: Frame, chosen: string | null): HTMLElement | null {
    const { story } = this.options;
    for (const old of story.querySelectorAll('p.new')) old.classList.remove('new');
    let first: HTMLElement | null = null;
    if (chosen !== null) {
      first = this.paragraph(chosen, ['chosen']);
      story.append(first);
    }
    for (const line of frame.lines) {
      if (line.clear) story.replaceChildren();
      for (const sfx of line.sfx) {
        const caption = this.options.captionFor(sfx);
        if (caption) {
          const p = this.paragraph(caption, ['caption', 'new']);
          story.append(p);
          first ??= p;
        }
      }
      if (line.text.length === 0) continue;
      const p = this.line(line);
      story.append(p);
      first ??= p;
    }
    while (story.childElementCount > MAX_PARAGRAPHS) story.firstElementChild?.remove();
    this.renderChoices(frame);
    if (first) beforeNextPaint(() => first.scrollIntoView({ block: 'start' }));
    return first;
  }

  private renderChoices(frame: Frame): void {
    const buttons = frame.choices.map((choice, position) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['choice'] = String(choice.index);
      const key = document.createElement('span');
      key.className = 'key';
      key.textContent = position < 9 ? `${position + 1}` : '·';
      key.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = choice.text;
      button.append(key, label);
      const where = this.options.labels.choicePosition?.(position + 1, frame.choices.length);
      if (where) {
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = where;
        button.append(hidden);
      }
      if (position < 9) button.setAttribute('aria-keyshortcuts', String(position + 1));
      button.addEventListener('click', () => this.options.onChoose(choice.index), { once: true });
      return button;
    });
    this.options.choices.replaceChildren(...buttons);
    this.options.choices.setAttribute('aria-label', this.options.labels.chooseHint(buttons.length));
  }

  /** Number keys 1–9 pick a choice; returns true when the key was used. */
  pickByKey(key: string): boolean {
    if (!/^[1-9]$/.test(key)) return false;
    const button = this.options.choices.querySelectorAll('button')[Number(key) - 1];
    if (!button) return false;
    button.click();
    return true;
  }

  /** At once, not in the next frame: a keyboard player's next key press must already land on the new choices. */
  focusFirstChoice(): void {
    this.options.choices.querySelector('button')?.focus({ preventScroll: true });
  }

  private line(line: FrameLine): HTMLElement {
    const p = this.paragraph(line.text, ['new', ...line.classes]);
    if (line.record) {
      p.classList.add('record');
      p.dataset['record'] = line.record;
      const mark = document.createElement('span');
      mark.className = 'record-mark';
      mark.textContent = this.options.labels.recordReached;
      p.prepend(mark);
    }
    if (line.cites.length > 0) p.dataset['cites'] = line.cites.join(' ');
    if (line.invented) p.dataset['invented'] = 'true';
    return p;
  }

  private paragraph(text: string, classes: readonly string[]): HTMLElement {
    const p = document.createElement('p');
    p.className = classes.join(' ');
    p.append(document.createTextNode(text));
    return p;
  }
}

/**
 * Scrolling reads layout; done inside a click it forces the browser to lay out the new passage before the click
 * returns. In the next animation frame the browser lays it out anyway, once.
 */
function beforeNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task);
  else task();
}
