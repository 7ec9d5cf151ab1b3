// @vitest-environment happy-dom
// The marks on invented and sourced lines: each paragraph marked once, sources named and opened as the Record
// lists them, unknown source ids ignored.
import { beforeEach, describe, expect, it } from 'vitest';
import { marksStrings } from '../../../src/languages/en/marks.ts';
import { LineMarks } from '../../../src/ui/dom/marks/line-marks.ts';
import { recordFor } from '../../../src/languages/record-for-language.ts';

function line(attrs: Record<string, string>, text: string): HTMLElement {
  const p = document.createElement('p');
  for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
  p.textContent = text;
  return p;
}

describe('line marks', () => {
  let story: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    story = document.createElement('div');
    story.id = 'story';
    document.body.append(story);
  });

  it('marks an invented line and names a sourced line’s sources on its button, once per paragraph', () => {
    const [first, second] = recordFor('en').sources;
    if (!first || !second) throw new Error('the record has fewer than two sources');
    story.append(
      line({ 'data-invented': 'true' }, 'Invented.'),
      line({ 'data-cites': `${first.id} no_such_source ${second.id}` }, 'Sourced.'),
      line({}, 'Plain.'),
    );
    const marks = new LineMarks(marksStrings, 'en', 'Close');
    marks.decorate(story);
    marks.decorate(story);
    const [invented, sourced, plain] = [...story.querySelectorAll('p')];
    expect(invented?.querySelectorAll('.mark-invented').length).toBe(1);
    expect(invented?.querySelector('.visually-hidden')?.textContent).toBe('invented line');
    const buttons = sourced?.querySelectorAll('button.mark-source');
    expect(buttons?.length).toBe(1);
    expect(buttons?.[0]?.getAttribute('aria-label')).toBe(`source: ${first.short}; ${second.short}`);
    expect(plain?.querySelector('.line-mark')).toBeNull();
  });

  it('opens the line’s sources with their full citations when its button is pressed', () => {
    const source = recordFor('en').sources[0];
    if (!source) throw new Error('the record has no source');
    story.append(line({ 'data-cites': source.id }, 'Sourced.'));
    new LineMarks(marksStrings, 'en', 'Close').decorate(story);
    story.querySelector<HTMLButtonElement>('button.mark-source')?.click();
    const panel = document.querySelector('dialog#line-sources');
    expect(panel?.querySelector(`li[data-source="${source.id}"] cite`)?.textContent).toBe(source.citation);
  });

  it('leaves a line whose sources are all unknown without a button', () => {
    story.append(line({ 'data-cites': 'no_such_source' }, 'Sourced?'));
    new LineMarks(marksStrings, 'en', 'Close').decorate(story);
    expect(story.querySelector('button')).toBeNull();
  });
});
