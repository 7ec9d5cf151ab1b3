import guide from '../../../docs/es/teacher-guide.md?url';
import roles from '../../../docs/es/role-cards.md?url';
import invented from '../../../docs/es/invented.md?url';
import { DISCUSSION_PROMPTS_ES } from '../../core/classroom/discussion-prompts-es.ts';
import { GLOSSARY_ES } from '../../core/classroom/glossary-es.ts';
import type { DocumentSources } from '../../ui/dom/classroom/classroom-documents.ts';

/** The classroom documents in Spanish (Mexico): docs/es/*.md, the Spanish glossary and discussion prompts. */
export const documents: DocumentSources = {
  urls: { guide, roles, invented },
  glossary: GLOSSARY_ES,
  prompts: DISCUSSION_PROMPTS_ES,
};
