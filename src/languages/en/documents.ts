import guide from '../../../docs/teacher-guide.md?url';
import roles from '../../../docs/role-cards.md?url';
import invented from '../../../docs/invented.md?url';
import plan from '../../../docs/pack/lesson-plan.md?url';
import worksheet from '../../../docs/pack/worksheet.md?url';
import rubric from '../../../docs/pack/rubric.md?url';
import answers from '../../../docs/pack/answer-keys.md?url';
import standards from '../../../docs/pack/standards.md?url';
import { DISCUSSION_PROMPTS } from '../../core/classroom/discussion-prompts.ts';
import { GLOSSARY } from '../../core/classroom/glossary.ts';
import type { DocumentSources } from '../../ui/dom/classroom/classroom-documents.ts';

/** The classroom documents in English: docs/*.md and the classroom pack (docs/pack/), the glossary and the discussion prompts. */
export const documents: DocumentSources = {
  urls: { guide, roles, invented, plan, worksheet, rubric, answers, standards },
  glossary: GLOSSARY,
  prompts: DISCUSSION_PROMPTS,
};
