import type { ChapterPrompts } from '../../../core/classroom/discussion-prompts.ts';
import type { GlossaryEntry } from '../../../core/classroom/glossary.ts';
import type { Language } from '../../../core/settings/language.ts';
import { partOrFallback } from '../../../languages/part-of.ts';
import type { GuideDocuments } from './guide-panel.ts';

/** What classroom mode shows in one language: the documents (guide, role cards, invented, the pack), the glossary and the discussion prompts. */
export interface ClassroomDocuments extends GuideDocuments {
  readonly glossary: readonly GlossaryEntry[];
  readonly prompts: readonly ChapterPrompts[];
}

/** Where one language's documents are: the Markdown files' addresses in the build, and the data that is code. */
export interface DocumentSources {
  readonly urls: { readonly [K in keyof GuideDocuments]: string };
  readonly glossary: readonly GlossaryEntry[];
  readonly prompts: readonly ChapterPrompts[];
}

// Each language's documents are a chunk of their own (src/languages/<lang>/documents.ts).
const SOURCES = import.meta.glob<DocumentSources>('../../../languages/*/documents.ts', { import: 'documents' });

/** Reads a text file of the build by its address. */
export type TextReader = (url: string) => Promise<string>;

const fetchText: TextReader = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
};

/**
 * The classroom documents in the page's language, loaded only in classroom mode and only for the language in use.
 * The Markdown files are plain files of the build (`?url`), fetched from our own origin and kept by the offline
 * copy like every other file: as text inside a script they would count against the JavaScript budget.
 */
export async function classroomDocuments(lang: Language, read: TextReader = fetchText): Promise<ClassroomDocuments> {
  const sources = await partOrFallback(SOURCES, lang)();
  const u = sources.urls;
  const [guide, roles, invented, plan, worksheet, rubric, answers, standards] = await Promise.all(
    [u.guide, u.roles, u.invented, u.plan, u.worksheet, u.rubric, u.answers, u.standards].map(read),
  );
  return {
    ...{ guide: guide ?? '', roles: roles ?? '', invented: invented ?? '', plan: plan ?? '' },
    ...{ worksheet: worksheet ?? '', rubric: rubric ?? '', answers: answers ?? '', standards: standards ?? '' },
    glossary: sources.glossary,
    prompts: sources.prompts,
  };
}
