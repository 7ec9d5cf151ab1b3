import type { Page } from 'playwright-core';

/**
 * The pseudo-locale checks (docs/i18n.md): run in the page, they list
 * - visible interface text that did not come from the tables: a text node with two or more Latin letters in a row
 *   and without the pseudo-locale's mark (U+200F, src/dev/pseudo/pseudo-localize.ts), outside the story's own text;
 * - layout that breaks with longer words: an element whose content is wider than its box (clipped or spilling out),
 *   an element that reaches past the right edge of the window, or a page that scrolls sideways.
 */
export interface PseudoProblems {
  readonly unlocalised: readonly string[];
  readonly overflowing: readonly string[];
}

/** What the checks leave alone: text that is content, not interface. */
export interface Exempt {
  /** Whole subtrees of content: the story and its choices (ink prose), the stage, text marked as another language. */
  readonly subtrees: readonly string[];
  /** Elements whose own text nodes are content, though their child elements are interface (history entries). */
  readonly ownText: readonly string[];
  /** Exact texts that are content from data files (the record's titles and summaries) or names. */
  readonly texts: readonly string[];
}

/**
 * The story and its choices are ink prose (exempt unless it is pseudo-localised too); the reading history repeats
 * them; a save code is letters and digits that are the same in every language; anything marked as being in another
 * language than the page is left alone (the language buttons name each language in itself).
 */
export const CONTENT: Exempt = {
  subtrees: ['#story', '#choices [data-choice] .label', '#stage', '.save-code', '[lang]:not(html)'],
  ownText: ['.history-list > li'],
  texts: [],
};

export async function pseudoProblems(page: Page, exempt: Exempt = CONTENT): Promise<PseudoProblems> {
  return page.evaluate(
    ({ subtrees, ownText, texts }) => {
      const MARK = '\u200F';
      const where = (node: Element): string => {
        const parts: string[] = [];
        for (let e: Element | null = node; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const id = e.id ? `#${e.id}` : '';
          const names = typeof e.className === 'string' ? e.className.trim() : '';
          const classes = names ? `.${names.split(/\s+/).join('.')}` : '';
          parts.unshift(`${e.tagName.toLowerCase()}${id}${classes}`);
        }
        return parts.join(' > ');
      };
      const shown = (element: Element): boolean =>
        element.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true }) &&
        element.getClientRects().length > 0;

      const unlocalised: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = (node.textContent ?? '').trim();
        if (!parent || !/[A-Za-z]{2}/.test(text) || text.includes(MARK)) continue;
        if (parent.closest('script, style, noscript, option')) continue;
        if (subtrees.some((selector) => parent.closest(selector) !== null)) continue;
        if (ownText.some((selector) => parent.matches(selector))) continue;
        if (texts.includes(text) || !shown(parent)) continue;
        unlocalised.push(`"${text.slice(0, 60)}" in ${where(parent)}`);
      }

      const overflowing: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width + 1)
        overflowing.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width} px)`);
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest('#stage, script, style, noscript') || !shown(element)) continue;
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        if (rect.width <= 2 || (style.position === 'fixed' && rect.width === 0)) continue;
        // Visually hidden text (1 px, clipped) is for screen readers: not a box a reader sees.
        const clip = style.getPropertyValue('clip');
        if ((clip !== 'auto' && clip !== '') || style.clipPath !== 'none') continue;
        const scrolls = /auto|scroll/.test(style.overflowX);
        if (!scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
          overflowing.push(`${where(element)}: content ${element.scrollWidth} px in a ${element.clientWidth} px box`);
        }
        if (rect.right > width + 1)
          overflowing.push(`${where(element)}: reaches ${Math.round(rect.right)} px in a ${width} px window`);
      }
      return { unlocalised, overflowing };
    },
    { subtrees: [...exempt.subtrees], ownText: [...exempt.ownText], texts: [...exempt.texts] },
  );
}
