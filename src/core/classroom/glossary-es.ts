import words from '../../../story/classroom/glossary-es.json';
import { GLOSSARY, type GlossaryEntry } from './glossary.ts';
import { translateGlossary } from './translate-glossary.ts';

/** story/classroom/glossary-es.json over GLOSSARY: the glossary in Spanish (Mexico). */
export const GLOSSARY_ES: readonly GlossaryEntry[] = translateGlossary(GLOSSARY, words);
