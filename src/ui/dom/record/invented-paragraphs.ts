import english from '../../../../docs/invented.md?raw';
import { DEFAULT_LANGUAGE, type Language } from '../../../core/settings/language.ts';
import { partOf } from '../../../languages/part-of.ts';

// docs/<lang>/invented.md of every other language (the fallback language's is docs/invented.md).
const TRANSLATED = import.meta.glob<string>('../../../../docs/*/invented.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});

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

/** "What we invented and simplified" in the page's language: docs/<lang>/invented.md (else docs/invented.md). */
export function inventedParagraphsFor(lang: Language): string[] {
  return inventedParagraphs((lang === DEFAULT_LANGUAGE ? undefined : partOf(TRANSLATED, lang)) ?? english);
}
