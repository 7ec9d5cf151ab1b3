import type { Language } from '../core/settings/language.ts';
import type { NotebookLabel, NotebookStrings } from '../ui/dom/notebook/notebook-strings.ts';
import { extraParts } from './extra-parts.ts';
import { partOrFallback } from './part-of.ts';

// The button's one word is in the first script (every language's, a few bytes); the notebook's sentences are a chunk
// per language, fetched with the panel or the debrief.
const LABELS = import.meta.glob<NotebookLabel>('./*/notebook-label.ts', { eager: true, import: 'notebookLabel' });
const TABLES = import.meta.glob<NotebookStrings>('./*/notebook.ts', { import: 'notebookStrings' });

/** The notebook button's label in `lang` (src/languages/<lang>/notebook-label.ts). */
export function notebookLabelFor(lang: Language): NotebookLabel {
  return extraParts(lang)?.notebookLabel ?? partOrFallback(LABELS, lang);
}

/** The notebook's and the debrief's player-first words in `lang` (src/languages/<lang>/notebook.ts). */
export function loadNotebookStrings(lang: Language): Promise<NotebookStrings> {
  const extra = extraParts(lang)?.notebook;
  return extra ? Promise.resolve(extra) : partOrFallback(TABLES, lang)();
}
