import guide from '../../../docs/es/teacher-guide.md?url';
import roles from '../../../docs/es/role-cards.md?url';
import invented from '../../../docs/es/invented.md?url';
import plan from '../../../docs/es/pack/lesson-plan.md?url';
import worksheet from '../../../docs/es/pack/worksheet.md?url';
import rubric from '../../../docs/es/pack/rubric.md?url';
import answers from '../../../docs/es/pack/answer-keys.md?url';
import standards from '../../../docs/es/pack/standards.md?url';
import { DISCUSSION_PROMPTS_ES } from '../../core/classroom/discussion-prompts-es.ts';
import { GLOSSARY_ES } from '../../core/classroom/glossary-es.ts';
import type { DocumentSources } from '../../ui/dom/classroom/classroom-documents.ts';

/**
 * The classroom documents in Spanish (Mexico): docs/es/*.md and the classroom pack (docs/es/pack/), the Spanish
 * glossary and discussion prompts.
 */
export const documents: DocumentSources = {
  urls: { guide, roles, invented, plan, worksheet, rubric, answers, standards },
  glossary: GLOSSARY_ES,
  prompts: DISCUSSION_PROMPTS_ES,
};
