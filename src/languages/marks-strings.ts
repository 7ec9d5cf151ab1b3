import type { Language } from '../core/settings/language.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

/** The words of the marks on invented and sourced lines (src/languages/<lang>/marks.ts). */
export interface MarksStrings {
  /** The settings checkbox. */
  readonly setting: string;
  /** Shown small after an invented line. */
  readonly invented: string;
  /** What a screen reader hears for that mark. */
  readonly inventedLine: string;
  /** Shown small on the button after a line with sources. */
  readonly source: string;
  /** The button's accessible name: "source: Patenaude 2009; Hansen 1940". */
  readonly sourceButton: (shortNames: readonly string[]) => string;
  /** Title of the panel the button opens. */
  readonly panelTitle: string;
  /** Above the list of the line's sources in that panel. */
  readonly sourcesLabel: string;
  /** Under the list: where the rest of the record is. */
  readonly moreInRecord: string;
}

// Each language's table is a chunk of its own, fetched after the first text.
const TABLES = import.meta.glob<MarksStrings>('./*/marks.ts', { import: 'marksStrings' });

export function loadMarksStrings(lang: Language): Promise<MarksStrings> {
  const extra = extraParts(lang)?.marks;
  return extra ? Promise.resolve(extra) : partOrFallback(TABLES, lang)();
}
