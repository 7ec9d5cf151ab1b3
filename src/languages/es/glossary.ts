import type { GlossaryEntry } from '../../core/classroom/glossary.ts';
import { GLOSSARY_ES } from '../../core/classroom/glossary-es.ts';

/** The glossary that links words in the Spanish story (story/classroom/glossary-es.json over the English entries). */
export const glossary: readonly GlossaryEntry[] = GLOSSARY_ES;
