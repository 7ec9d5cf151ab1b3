import type { Block, Inline } from '../../../core/classroom/markdown-blocks.ts';
import { el } from '../el.ts';

/**
 * Builds DOM from parsed Markdown blocks (text nodes only, never HTML). The document's own level-1 heading is left
 * out: the panel's title stands for it. `onLink` decides what a link does inside the game (open another section,
 * open the glossary); links it does not handle stay plain text with their target in brackets.
 */
export function markdownView(blocks: readonly Block[], onLink: (href: string) => (() => void) | null): HTMLElement {
  const root = el('div', { className: 'md' });
  const inline = (parts: readonly Inline[]): Node[] =>
    parts.map((part) => {
      switch (part.kind) {
        case 'text':
          return document.createTextNode(part.text);
        case 'strong':
          return el('strong', {}, part.text);
        case 'em':
          return el('em', {}, part.text);
        case 'code':
          return el('code', {}, part.text);
        case 'link': {
          const action = onLink(part.href);
          if (!action)
            return document.createTextNode(/^https?:/.test(part.href) ? `${part.text} (${part.href})` : part.text);
          const button = el(
            'button',
            { className: 'link-button', attrs: { type: 'button', 'data-href': part.href } },
            part.text,
          );
          button.addEventListener('click', action);
          return button;
        }
      }
    });
  /** The last heading's text: names a table's scrolling region (a wide table scrolls on a phone, by keyboard too). */
  let lastHeading = '';
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        lastHeading = block.text;
        if (block.level === 1) break;
        const tag = block.level === 2 ? 'h3' : block.level === 3 ? 'h4' : 'h5';
        root.append(el(tag, { id: `md-${block.id}` }, block.text));
        break;
      }
      case 'paragraph':
        root.append(el('p', {}, ...inline(block.inline)));
        break;
      case 'list':
        root.append(el(block.ordered ? 'ol' : 'ul', {}, ...block.items.map((item) => el('li', {}, ...inline(item)))));
        break;
      case 'table':
        root.append(
          el(
            'div',
            { className: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': lastHeading } },
            el(
              'table',
              {},
              el(
                'thead',
                {},
                el('tr', {}, ...block.head.map((cell) => el('th', { attrs: { scope: 'col' } }, ...inline(cell)))),
              ),
              el(
                'tbody',
                {},
                ...block.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, ...inline(cell))))),
              ),
            ),
          ),
        );
        break;
    }
  }
  return root;
}
