import english from '../../../../docs/invented.md?raw';
import spanish from '../../../../docs/es/invented.md?raw';
import type { Language } from '../../../core/settings/language.ts';

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

/** "What we invented and simplified" in the page's language: docs/invented.md or docs/es/invented.md, as paragraphs. */
export function inventedParagraphsFor(lang: Language): string[] {
  return inventedParagraphs(lang === 'es' ? spanish : english);
}
