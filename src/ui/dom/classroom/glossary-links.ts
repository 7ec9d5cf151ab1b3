import { firstMentions, type GlossaryEntry } from '../../../core/classroom/glossary.ts';
import { el } from '../el.ts';

/**
 * Links the first mention of each glossary term in new story paragraphs to its entry: the word becomes a button
 * (keyboard reachable, announced as opening the glossary) and stays the same word. `linked` remembers which terms
 * are already linked in this playthrough. Text is split as text nodes; nothing is parsed as HTML.
 */
export function linkGlossaryTerms(
  paragraphs: Iterable<HTMLElement>,
  linked: Set<string>,
  glossary: readonly GlossaryEntry[],
  open: (entryId: string) => void,
  label: (term: string) => string,
): number {
  let added = 0;
  for (const paragraph of paragraphs) {
    for (const node of textNodes(paragraph)) {
      const text = node.data;
      const mentions = firstMentions(text, linked, glossary);
      if (mentions.length === 0) continue;
      const parts: Node[] = [];
      let last = 0;
      for (const mention of mentions) {
        const entry = glossary.find((g) => g.id === mention.entryId);
        if (!entry) continue;
        linked.add(entry.id);
        added++;
        if (mention.start > last) parts.push(document.createTextNode(text.slice(last, mention.start)));
        const word = text.slice(mention.start, mention.end);
        const button = el(
          'button',
          {
            className: 'gloss',
            attrs: { type: 'button', 'data-gloss': entry.id, 'aria-label': label(word), 'aria-haspopup': 'dialog' },
          },
          word,
        );
        button.addEventListener('click', () => open(entry.id));
        parts.push(button);
        last = mention.end;
      }
      if (last < text.length) parts.push(document.createTextNode(text.slice(last)));
      node.replaceWith(...parts);
    }
  }
  return added;
}

/** Text nodes of a paragraph outside buttons and the "On the record" mark. */
function textNodes(root: HTMLElement): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child instanceof HTMLElement && !child.matches('button, .record-mark')) visit(child);
    }
  };
  visit(root);
  return out;
}
