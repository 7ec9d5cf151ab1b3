import type { Language } from '../../../core/settings/language.ts';
import { partOrFallback } from '../../../languages/part-of.ts';

// Every language's page (src/languages/<lang>/invented.ts over docs/<lang>/invented.md, the fallback language's
// docs/invented.md), each its own chunk: a reader downloads only their language's, when the archive first opens.
const PAGES = import.meta.glob<string>('../../../languages/*/invented.ts', { import: 'invented' });

const loaded = new Map<Language, string[]>();

/** docs/invented.md as plain paragraphs for the archive page (Markdown marks removed; the text stays text). */
export function inventedParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#+\s*/gm, '')
        .replace(/^\s*[-*]\s+/gm, '• ')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/** Loads "What we invented and simplified" in the page's language (else the fallback language's). */
export async function loadInventedFor(lang: Language): Promise<string[]> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const paragraphs = inventedParagraphs(await partOrFallback(PAGES, lang)());
  loaded.set(lang, paragraphs);
  return paragraphs;
}

/** The page in the page's language, once loadInventedFor(lang) has resolved (a programming error before). */
export function inventedParagraphsFor(lang: Language): string[] {
  const paragraphs = loaded.get(lang);
  if (paragraphs === undefined) throw new Error(`inventedParagraphsFor('${lang}') before loadInventedFor resolved`);
  return paragraphs;
}
