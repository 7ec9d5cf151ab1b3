import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../../../src/core/notebook/knowledge.ts';
import { REFUSED_PROPOSALS } from '../../../src/core/notebook/refusals.ts';
import { RECORD } from '../../../src/core/record/record-data.ts';
import { LANGUAGES } from '../../../src/core/settings/language.ts';
import type { NotebookStrings } from '../../../src/ui/dom/notebook/notebook-strings.ts';

const inkList = (lang: string, name: string) =>
  (new RegExp(`LIST\\s+${name}\\s*=\\s*(.+)`).exec(readFileSync(`story/${lang}/variables.ink`, 'utf8'))?.[1] ?? '')
    .split(',')
    .map((s) => s.trim());

async function tableOf(lang: string): Promise<NotebookStrings> {
  const module = (await import(`../../../src/languages/${lang}/notebook.ts`)) as { notebookStrings: NotebookStrings };
  return module.notebookStrings;
}

describe('what the notebook says the player has learned', () => {
  it('covers every item of ink’s knowledge list, in its order, in every language’s story', () => {
    for (const lang of LANGUAGES)
      expect(
        KNOWLEDGE.map((k) => k.id),
        lang,
      ).toEqual(inkList(lang, 'knowledge'));
  });

  it('rests every item on beats and sources the record holds', () => {
    const beats = new Set(RECORD.beats.map((b) => b.id));
    const sources = new Set(RECORD.sources.map((s) => s.id));
    for (const k of KNOWLEDGE) {
      expect(k.sources.length, k.id).toBeGreaterThan(0);
      for (const s of [...k.sources, ...(k.later?.sources ?? [])]) expect(sources.has(s), `${k.id}: ${s}`).toBe(true);
      for (const b of [...k.beats, ...(k.later ? [k.later.beat] : [])])
        expect(beats.has(b), `${k.id}: ${b}`).toBe(true);
    }
  });

  it('has a sentence for every item in every language, and a later one exactly where the record gates one', async () => {
    for (const lang of LANGUAGES) {
      const t = await tableOf(lang);
      expect(Object.keys(t.knowledge).sort(), lang).toEqual(KNOWLEDGE.map((k) => k.id).sort());
      for (const k of KNOWLEDGE) {
        const words = t.knowledge[k.id]!;
        expect(words.text.split(/\s+/).length, `${lang} ${k.id}`).toBeGreaterThan(8);
        expect(words.later === undefined, `${lang} ${k.id} later`).toBe(k.later === undefined);
      }
    }
  });

  it('speaks of every person at every level in every language, without a digit', async () => {
    for (const lang of LANGUAGES) {
      const t = await tableOf(lang);
      const phrases = Object.values(t.people).flatMap((levels) => Object.values(levels));
      expect(phrases, lang).toHaveLength(20);
      expect(new Set(phrases).size, lang).toBe(20);
      for (const phrase of phrases) expect(phrase, lang).not.toMatch(/\d/);
    }
  });
});

describe('the proposals the notebook counts as refused', () => {
  it('are pushbacks the record explains', () => {
    const ids = new Set(RECORD.pushbacks.map((p) => p.id));
    for (const id of REFUSED_PROPOSALS) expect(ids.has(id), id).toBe(true);
  });
});
