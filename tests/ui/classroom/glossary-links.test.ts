// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GLOSSARY } from '../../../src/core/classroom/glossary.ts';
import { linkGlossaryTerms } from '../../../src/ui/dom/classroom/glossary-links.ts';

function paragraph(text: string, mark = false): HTMLElement {
  const p = document.createElement('p');
  if (mark) {
    const span = document.createElement('span');
    span.className = 'record-mark';
    span.textContent = 'On the record';
    p.append(span);
  }
  p.append(document.createTextNode(text));
  document.body.append(p);
  return p;
}

describe('glossary links in the story text', () => {
  it('turns the first mention of each term into a button and leaves the words as they were', () => {
    const a = paragraph('The GPU had agents in Coyoacán, and the GPU paid them.');
    const b = paragraph('Everyone in Coyoacán knew about the GPU.');
    const linked = new Set<string>();
    const open = vi.fn();
    const added = linkGlossaryTerms([a, b], linked, GLOSSARY, open, (term) => `${term}: open in the glossary`);
    expect(added).toBe(2);
    expect(a.textContent).toBe('The GPU had agents in Coyoacán, and the GPU paid them.');
    expect([...a.querySelectorAll('button.gloss')].map((x) => x.textContent)).toEqual(['GPU', 'Coyoacán']);
    expect(b.querySelectorAll('button').length).toBe(0);
    expect(linked).toEqual(new Set(['gpu_nkvd', 'coyoacan']));
  });

  it('opens the entry when the word is pressed, and names the action for screen readers', () => {
    const p = paragraph('Mexico granted asylum.');
    const open = vi.fn();
    linkGlossaryTerms([p], new Set(), GLOSSARY, open, (term) => `${term}: open in the glossary`);
    const button = p.querySelector<HTMLButtonElement>('button.gloss');
    expect(button?.type).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe('asylum: open in the glossary');
    button?.click();
    expect(open).toHaveBeenCalledWith('asylum');
  });

  it('never links inside the "On the record" mark', () => {
    const p = paragraph('Nothing here.', true);
    p.querySelector('.record-mark')!.textContent = 'Old Man';
    expect(linkGlossaryTerms([p], new Set(), GLOSSARY, vi.fn(), (t) => t)).toBe(0);
  });
});
