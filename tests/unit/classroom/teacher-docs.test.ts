import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import roles from '../../../story/record/roles.json';
import esRoles from '../../../story/record/es/roles.json';
import { RESULT_CHAPTERS } from '../../../src/core/classroom/class-result.ts';
import { parseMarkdown } from '../../../src/core/classroom/markdown-blocks.ts';
import { enClassroom } from '../../../src/ui/strings/en-classroom.ts';
import { esClassroom } from '../../../src/ui/strings/es-classroom.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';

const guide = readFileSync('docs/teacher-guide.md', 'utf8');
const cards = readFileSync('docs/role-cards.md', 'utf8');
const invented = readFileSync('docs/invented.md', 'utf8');
const esGuide = readFileSync('docs/es/teacher-guide.md', 'utf8');
const esCards = readFileSync('docs/es/role-cards.md', 'utf8');
const esInvented = readFileSync('docs/es/invented.md', 'utf8');
const headings = (md: string) => parseMarkdown(md).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const flat = (md: string) => md.replace(/\s+/g, ' ');

/** The row of the guide's chapters table that starts with this chapter name. */
const tableRow = (md: string, name: string) => md.split('\n').find((line) => line.startsWith(`| ${name} |`));
/** The numbers in a table row after the chapter name ("| I. Arrival | about 3,100 | …" → ["3,100", …]). */
const rowNumbers = (row: string, name: string) => row.slice(name.length + 3).match(/\d[\d,–]*/g) ?? [];

describe("the teacher's documents", () => {
  it('give the guide every part a teacher needs', () => {
    const h = headings(guide);
    for (const part of [
      'Learning objectives',
      'Where it fits in the curriculum',
      'Chapters and timing',
      'Lesson plan: 45 minutes',
      'Lesson plan: 90 minutes (or two 45-minute lessons)',
      'Discussion questions by chapter',
      'Source-analysis activity: two disputed points',
      'Background reading',
      'Content notes',
      'What we invented and simplified',
      'Privacy statement (for school vetting)',
    ]) {
      expect(h, part).toContain(part);
    }
    expect(guide).toContain('(invented.md)');
  });

  it('give the Spanish guide the same parts, in the same order, under Spanish headings', () => {
    const parts = [
      'Objetivos de aprendizaje',
      'Dónde encaja en el programa',
      'Antes de la clase',
      'Capítulos y tiempos',
      'Plan de clase: 45 minutos',
      'Plan de clase: 90 minutos (o dos clases de 45 minutos)',
      'Preguntas para conversar por capítulo',
      'Actividad de análisis de fuentes: dos puntos en disputa',
      'El balance del grupo, sin cuentas ni servidores',
      'Lecturas de apoyo',
      'Avisos sobre el contenido',
      'Lo que inventamos y simplificamos',
      'Aviso de privacidad (para la revisión de la escuela)',
    ];
    const h = headings(esGuide);
    expect(h.filter((x) => parts.includes(x))).toEqual(parts);
    expect(headings(esGuide).length).toBe(headings(guide).length);
    expect(esGuide).toContain('(invented.md)');
    expect(esGuide).toContain('(role-cards.md)');
    expect(guide).toContain('docs/es/teacher-guide.md');
  });

  it('give the Spanish guide a chapters table row for every chapter, named as the Spanish game names it, with the English numbers', () => {
    for (const chapter of RESULT_CHAPTERS) {
      const enName = en.chapterNames[chapter] ?? chapter;
      const esName = es.chapterNames[chapter] ?? chapter;
      const enRow = tableRow(guide, enName);
      const esRow = tableRow(esGuide, esName);
      expect(enRow, enName).toBeDefined();
      expect(esRow, esName).toBeDefined();
      expect(rowNumbers(esRow ?? '', esName), esName).toEqual(rowNumbers(enRow ?? '', enName));
      expect(rowNumbers(esRow ?? '', esName).length, esName).toBe(4);
    }
  });

  it('give one role card per role, each with who, belief, what you notice and the record basis', () => {
    const h = headings(cards);
    const body = flat(cards);
    for (const role of roles) {
      const title = enClassroom.roleNames[role.id] ?? role.id;
      expect(h, role.id).toContain(title);
      expect(body, role.id).toContain(role.basis.split(',')[0] ?? role.basis);
    }
    for (const part of [
      '**Who you are.**',
      '**What you believe.**',
      '**What you will notice.**',
      '**Who this role is built from.**',
    ]) {
      expect(cards.split(part).length - 1, part).toBe(roles.length);
    }
  });

  it('give the Spanish role cards the same cards, titled as the Spanish game titles the roles, with the Spanish record basis', () => {
    const h = headings(esCards);
    const body = flat(esCards);
    for (const role of esRoles) {
      const title = esClassroom.roleNames[role.id] ?? role.id;
      expect(title).toBe(role.title);
      expect(h, role.id).toContain(title);
      expect(body, role.id).toContain(role.basis);
    }
    for (const part of [
      '**Quién eres.**',
      '**En qué crees.**',
      '**En qué te vas a fijar.**',
      '**De quién está hecho este papel.**',
    ]) {
      expect(esCards.split(part).length - 1, part).toBe(esRoles.length);
    }
  });

  it('say in both languages that the Spanish player character is a young man, because the guards were all men, and that the English leaves it open', () => {
    for (const [name, md] of [
      ['role-cards', cards],
      ['teacher-guide', guide],
      ['invented', invented],
    ] as const) {
      const text = flat(md);
      expect(text, name).toMatch(/Spanish (version|edition)/);
      expect(text, name).toMatch(/young man/);
      expect(text, name).toMatch(/all men|every guard/);
      expect(text, name).toMatch(/gender (is left )?open/);
    }
    for (const [name, md] of [
      ['role-cards', esCards],
      ['teacher-guide', esGuide],
      ['invented', esInvented],
    ] as const) {
      const text = flat(md);
      expect(text, name).toMatch(/hombre joven/);
      expect(text, name).toMatch(/todos (los guardias|hombres)|eran todos hombres/);
      expect(text, name).toMatch(/inglés deja abierto|en inglés su género queda abierto/);
    }
  });
});
