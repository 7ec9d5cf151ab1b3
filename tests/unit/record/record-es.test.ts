import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The Spanish record (story/record/es/) holds only the translated text fields of the English record files, under
// the same ids in the same order; ids, dates and sources stay in the English files. These tests compare the two.

const ROOT = join(import.meta.dirname, '../../..');

type Json = Record<string, unknown>;

/** The text fields of each kind of record entry, and the nested lists whose entries carry text of their own. */
interface Shape {
  readonly text: readonly string[];
  readonly nested?: Readonly<Record<string, Shape>>;
}

const SHAPES: Readonly<Record<string, Shape>> = {
  beats: { text: ['title', 'summary', 'place', 'dateNote', 'time'], nested: { versions: { text: ['claim'] } } },
  disputes: {
    text: ['question', 'consensus'],
    nested: { versions: { text: ['claim'] }, views: { text: ['label'] } },
  },
  pushbacks: { text: ['attempt', 'reason'] },
  measures: { text: ['label', 'note'] },
  neverAdopted: { text: ['label', 'note'] },
  roles: { text: ['title', 'basis'] },
};

/** Long prose fields: a copy of the English text there means the entry was never translated. */
const PROSE = new Set(['summary', 'consensus', 'reason', 'note', 'basis']);

function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'story/record', ...parts), 'utf8'));
}

/** Every way `spanish` fails to mirror `english` under `shape`, as readable lines (empty when it mirrors). */
function mirrorProblems(english: Json[], spanish: Json[], shape: Shape, at: string): string[] {
  const problems: string[] = [];
  if (english.length !== spanish.length)
    problems.push(`${at}: ${english.length} English entries, ${spanish.length} Spanish`);
  const count = Math.max(english.length, spanish.length);
  for (let i = 0; i < count; i++) {
    const en = english[i];
    const es = spanish[i];
    const id = en?.['id'] ?? es?.['id'] ?? i;
    const where = `${at}[${typeof id === 'string' || typeof id === 'number' ? String(id) : JSON.stringify(id)}]`;
    if (!en) {
      problems.push(`${where}: extra Spanish entry`);
      continue;
    }
    if (!es) {
      problems.push(`${where}: no Spanish entry`);
      continue;
    }
    if (en['id'] !== es['id']) problems.push(`${where}: Spanish id is ${String(es['id'])}`);
    for (const field of shape.text) {
      if (typeof en[field] !== 'string') continue;
      const text = es[field];
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}.${field}: missing or empty`);
      else if (PROSE.has(field) && text === en[field]) problems.push(`${where}.${field}: still in English`);
    }
    for (const [list, inner] of Object.entries(shape.nested ?? {})) {
      const enList = (en[list] as Json[] | undefined) ?? [];
      const esList = (es[list] as Json[] | undefined) ?? [];
      problems.push(...mirrorProblems(enList, esList, inner, `${where}.${list}`));
    }
    const allowed = new Set(['id', ...shape.text, ...Object.keys(shape.nested ?? {})]);
    for (const key of Object.keys(es)) {
      if (!allowed.has(key)) problems.push(`${where}.${key}: not a text field`);
      else if (key !== 'id' && !(key in en)) problems.push(`${where}.${key}: not in the English entry`);
    }
  }
  return problems;
}

describe('the Spanish record', () => {
  for (const file of ['beats', 'disputes', 'pushbacks', 'roles']) {
    it(`gives every entry of ${file}.json its Spanish text, under the same ids in the same order`, () => {
      const english = readJson(`${file}.json`) as Json[];
      const spanish = readJson('es', `${file}.json`) as Json[];
      expect(mirrorProblems(english, spanish, SHAPES[file]!, file)).toEqual([]);
    });
  }

  it('gives every measure and never-adopted measure its Spanish label and note', () => {
    const english = readJson('measures.json') as Record<string, Json[]>;
    const spanish = readJson('es', 'measures.json') as Record<string, Json[]>;
    expect(Object.keys(spanish)).toEqual(Object.keys(english));
    for (const list of ['measures', 'neverAdopted']) {
      expect(mirrorProblems(english[list]!, spanish[list] ?? [], SHAPES[list]!, list)).toEqual([]);
    }
  });

  it('keeps ids, dates and sources out of the Spanish files', () => {
    for (const file of ['beats', 'disputes', 'pushbacks', 'roles', 'measures']) {
      const text = readFileSync(join(ROOT, 'story/record/es', `${file}.json`), 'utf8');
      expect(text).not.toMatch(/"(sources|date|kind|people|confidence|order|beat|beats|may24|aug20)"\s*:/);
    }
  });
});

describe('the mirror check itself', () => {
  const shape: Shape = { text: ['title', 'summary'], nested: { versions: { text: ['claim'] } } };
  const english: Json[] = [
    { id: 'a', title: 'A', summary: 'First.', versions: [{ claim: 'One.' }] },
    { id: 'b', title: 'B', summary: 'Second.' },
  ];

  it('accepts a faithful mirror', () => {
    const spanish = [
      { id: 'a', title: 'A', summary: 'Primero.', versions: [{ claim: 'Uno.' }] },
      { id: 'b', title: 'B', summary: 'Segundo.' },
    ];
    expect(mirrorProblems(english, spanish, shape, 'x')).toEqual([]);
  });

  it('reports a missing entry, an empty field, an untranslated summary, a missing version and an extra id', () => {
    const spanish = [
      { id: 'a', title: '', summary: 'First.', versions: [] },
      { id: 'c', title: 'C', summary: 'Tercero.', sources: ['pat'] },
      { id: 'd', title: 'D', summary: 'Cuarto.' },
    ];
    expect(mirrorProblems(english, spanish, shape, 'x')).toEqual([
      'x: 2 English entries, 3 Spanish',
      'x[a].title: missing or empty',
      'x[a].summary: still in English',
      'x[a].versions: 1 English entries, 0 Spanish',
      'x[a].versions[0]: no Spanish entry',
      'x[b]: Spanish id is c',
      'x[b].sources: not a text field',
      'x[d]: extra Spanish entry',
    ]);
  });
});
