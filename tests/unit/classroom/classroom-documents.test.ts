// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DISCUSSION_PROMPTS } from '../../../src/core/classroom/discussion-prompts.ts';
import { DISCUSSION_PROMPTS_ES } from '../../../src/core/classroom/discussion-prompts-es.ts';
import { GLOSSARY } from '../../../src/core/classroom/glossary.ts';
import { GLOSSARY_ES } from '../../../src/core/classroom/glossary-es.ts';
import { classroomDocuments, type TextReader } from '../../../src/ui/dom/classroom/classroom-documents.ts';
import { glossaryFor } from '../../../src/ui/dom/classroom/glossary-for-language.ts';
import { linkGlossaryTerms } from '../../../src/ui/dom/classroom/glossary-links.ts';
import { inventedParagraphsFor, loadInventedFor } from '../../../src/ui/dom/record/invented-paragraphs.ts';

/** Reads a build address from the checkout: in the tests, `?url` gives the file's path from the project root. */
const readFromDisk: TextReader = (url) =>
  Promise.resolve(readFileSync(`.${new URL(url, 'file:///').pathname}`, 'utf8'));

describe('the classroom documents for a language', () => {
  it('are the English documents, classroom pack, glossary and prompts for an English page', async () => {
    const docs = await classroomDocuments('en', readFromDisk);
    expect(docs.guide).toBe(readFileSync('docs/teacher-guide.md', 'utf8'));
    expect(docs.roles).toBe(readFileSync('docs/role-cards.md', 'utf8'));
    expect(docs.invented).toBe(readFileSync('docs/invented.md', 'utf8'));
    expect(docs.plan).toBe(readFileSync('docs/pack/lesson-plan.md', 'utf8'));
    expect(docs.worksheet).toBe(readFileSync('docs/pack/worksheet.md', 'utf8'));
    expect(docs.rubric).toBe(readFileSync('docs/pack/rubric.md', 'utf8'));
    expect(docs.answers).toBe(readFileSync('docs/pack/answer-keys.md', 'utf8'));
    expect(docs.standards).toBe(readFileSync('docs/pack/standards.md', 'utf8'));
    expect(docs.glossary).toBe(GLOSSARY);
    expect(docs.prompts).toBe(DISCUSSION_PROMPTS);
    expect(await glossaryFor('en')).toBe(GLOSSARY);
  });

  it('are the Spanish documents, classroom pack, glossary and prompts for a Spanish page', async () => {
    const docs = await classroomDocuments('es', readFromDisk);
    expect(docs.guide).toBe(readFileSync('docs/es/teacher-guide.md', 'utf8'));
    expect(docs.roles).toBe(readFileSync('docs/es/role-cards.md', 'utf8'));
    expect(docs.invented).toBe(readFileSync('docs/es/invented.md', 'utf8'));
    expect(docs.plan).toBe(readFileSync('docs/es/pack/lesson-plan.md', 'utf8'));
    expect(docs.worksheet).toBe(readFileSync('docs/es/pack/worksheet.md', 'utf8'));
    expect(docs.rubric).toBe(readFileSync('docs/es/pack/rubric.md', 'utf8'));
    expect(docs.answers).toBe(readFileSync('docs/es/pack/answer-keys.md', 'utf8'));
    expect(docs.standards).toBe(readFileSync('docs/es/pack/standards.md', 'utf8'));
    expect(docs.glossary).toBe(GLOSSARY_ES);
    expect(docs.prompts).toBe(DISCUSSION_PROMPTS_ES);
    expect(await glossaryFor('es')).toBe(GLOSSARY_ES);
  });

  it('fail, rather than show an empty page, when a document cannot be read', async () => {
    await expect(classroomDocuments('es', (url) => Promise.reject(new Error(`${url} answered 404`)))).rejects.toThrow(
      /404/,
    );
  });

  it('link Spanish words in a Spanish paragraph to the Spanish glossary, and English words not at all', () => {
    const p = document.createElement('p');
    p.textContent = 'El Viejo leía El Popular en Coyoacán. The Old Man read the Green Cross report.';
    const open = vi.fn();
    const added = linkGlossaryTerms([p], new Set(), GLOSSARY_ES, open, (term) => `${term}: abrir en el glosario`);
    expect(added).toBe(3);
    const buttons = [...p.querySelectorAll<HTMLButtonElement>('button.gloss')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Viejo', 'El Popular', 'Coyoacán']);
    expect(buttons[0]?.getAttribute('aria-label')).toBe('Viejo: abrir en el glosario');
    buttons[1]?.click();
    expect(open).toHaveBeenCalledWith('el_popular');
  });
});

describe("the archive's page of what we invented", () => {
  it('is read in the page language, once loaded', async () => {
    expect(() => inventedParagraphsFor('es')).toThrow(/before loadInventedFor/);
    expect((await loadInventedFor('en'))[0]).toBe('What we invented and simplified');
    expect(inventedParagraphsFor('en')[0]).toBe('What we invented and simplified');
    const spanish = await loadInventedFor('es');
    expect(spanish[0]).toBe('Lo que inventamos y simplificamos');
    expect(spanish.join(' ')).toContain('En español eres un hombre joven.');
    expect(spanish.join(' ')).not.toMatch(/\*\*|\]\(/);
  });
});
