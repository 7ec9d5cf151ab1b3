import guide from '../../../docs/teacher-guide.md?url';
import roles from '../../../docs/role-cards.md?url';
import invented from '../../../docs/invented.md?url';
import { DISCUSSION_PROMPTS } from '../../core/classroom/discussion-prompts.ts';
import { GLOSSARY } from '../../core/classroom/glossary.ts';
import type { DocumentSources } from '../../ui/dom/classroom/classroom-documents.ts';

/** The classroom documents in English: docs/*.md, the glossary and the discussion prompts. */
export const documents: DocumentSources = {
  urls: { guide, roles, invented },
  glossary: GLOSSARY,
  prompts: DISCUSSION_PROMPTS,
};
