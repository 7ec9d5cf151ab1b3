import { GLOSSARY, type GlossaryEntry } from '../../core/classroom/glossary.ts';

/** The glossary that links words in the English story. */
export const glossary: readonly GlossaryEntry[] = GLOSSARY;
