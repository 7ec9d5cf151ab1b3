import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sources from '../../../story/record/sources.json';
import spanishWords from '../../../story/classroom/glossary-es.json';
import englishEntries from '../../../story/classroom/glossary.json';
import { firstMentions, GLOSSARY } from '../../../src/core/classroom/glossary.ts';
import { GLOSSARY_ES } from '../../../src/core/classroom/glossary-es.ts';
import { translateGlossary } from '../../../src/core/classroom/translate-glossary.ts';

const FILES = [
  'start',
  'ch1_arrival',
  'ch2_raid',
  'ch3_aftermath',
  'ch4_fortress',
  'ch5_rehearsal',
  'ch6_attack',
  'ch7_death',
  'epilogue',
];
const storyIn = (lang: string) => FILES.map((f) => readFileSync(`story/${lang}/${f}.ink`, 'utf8')).join('\n');
const STORY = storyIn('en');
/** The Spanish story's prose: comments and tags (`# cite: comintern`) are not text a player reads. */
const ES_STORY = storyIn('es')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .map((line) => line.replace(/#.*$/, ''))
  .join('\n');

describe('the glossary', () => {
  it('has the period terms a teacher asked for', () => {
    const ids = GLOSSARY.map((g) => g.id);
    for (const id of [
      'gpu_nkvd',
      'fourth_international',
      'stalinist',
      'trotskyist',
      'asylum',
      'comintern',
      'moscow_trials',
      'cardenas',
      'coyoacan',
      'cruz_verde',
      'pcm',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every entry a definition of at most 80 words and at least one source the record knows', () => {
    const known = new Set(sources.map((s) => s.id));
    for (const entry of GLOSSARY) {
      const words = entry.definition.split(/\s+/).length;
      expect(words, entry.id).toBeGreaterThan(8);
      expect(words, entry.id).toBeLessThanOrEqual(80);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const id of entry.sources) expect(known.has(id), `${entry.id} cites ${id}`).toBe(true);
      expect(entry.match.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('links most entries from the story text itself', () => {
    const linked = GLOSSARY.filter((g) => firstMentions(STORY, new Set(), [g]).length > 0).map((g) => g.id);
    expect(linked.length).toBeGreaterThanOrEqual(GLOSSARY.length - 3);
  });

  it('finds whole words only, with accents counted as letters, earliest first', () => {
    const mentions = firstMentions(
      'The Old Man met the Dewey Commission in Coyoacán; the GPU watched. GPU again.',
      new Set(),
    );
    expect(mentions.map((m) => m.entryId)).toEqual(['old_man', 'dewey_commission', 'coyoacan', 'gpu_nkvd']);
    const [old] = mentions;
    expect(old && 'The Old Man met'.slice(old.start, old.end)).toBe('Old Man');
    expect(firstMentions('GPUs and Deweyan asylums, Coyoacánense', new Set())).toEqual([]);
  });

  it('skips entries already linked and never returns overlapping mentions', () => {
    expect(firstMentions('the GPU and the NKVD', new Set(['gpu_nkvd']))).toEqual([]);
    const both = firstMentions('the Dewey Commission', new Set());
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ entryId: 'dewey_commission', start: 4, end: 20 });
  });

  it('has Spanish words for every entry, in the same order, with the English sources', () => {
    expect(spanishWords.map((w) => w.id)).toEqual(englishEntries.map((e) => e.id));
    expect(GLOSSARY_ES.map((g) => g.id)).toEqual(GLOSSARY.map((g) => g.id));
    GLOSSARY_ES.forEach((entry, i) => {
      const english = GLOSSARY[i]!;
      expect(entry.sources, entry.id).toEqual(english.sources);
      expect(entry.definition, entry.id).not.toBe(english.definition);
      const words = entry.definition.split(/\s+/).length;
      expect(words, entry.id).toBeGreaterThan(8);
      expect(words, entry.id).toBeLessThanOrEqual(80);
      expect(entry.term.length, entry.id).toBeGreaterThan(0);
      expect(entry.match.length, entry.id).toBeGreaterThan(0);
    });
  });

  it('keeps English words and sources for an entry the translation lacks, and never takes sources from the translation', () => {
    const one = GLOSSARY.slice(0, 2);
    const translated = translateGlossary(one, [
      { id: one[1]!.id, term: 'T', match: ['T'], definition: 'D', sources: ['x'] } as never,
    ]);
    expect(translated[0]).toEqual(one[0]);
    expect(translated[1]).toEqual({ ...one[1], term: 'T', match: ['T'], definition: 'D' });
  });

  it('links most entries from the Spanish story text, with Spanish match words', () => {
    const linked = GLOSSARY_ES.filter((g) => firstMentions(ES_STORY, new Set(), [g]).length > 0).map((g) => g.id);
    const englishLinked = GLOSSARY.filter((g) => firstMentions(STORY, new Set(), [g]).length > 0).length;
    expect(linked.length).toBeGreaterThanOrEqual(Math.min(englishLinked, GLOSSARY_ES.length - 3));
    for (const id of [
      'gpu_nkvd',
      'fourth_international',
      'moscow_trials',
      'coyoacan',
      'cruz_verde',
      'blue_house',
      'old_man',
      'self_attack',
      'el_popular',
    ]) {
      expect(linked, id).toContain(id);
    }
  });

  it('finds Spanish terms as whole words, accents included', () => {
    const text = 'El Viejo habló con la Comisión Dewey en Coyoacán; la GPU vigilaba. La Cruz Verde, el autoasalto.';
    expect(firstMentions(text, new Set(), GLOSSARY_ES).map((m) => m.entryId)).toEqual([
      'old_man',
      'dewey_commission',
      'coyoacan',
      'gpu_nkvd',
      'cruz_verde',
      'self_attack',
    ]);
    expect(firstMentions('un viejo asilado, los procesos de Moscúes', new Set(), GLOSSARY_ES)).toEqual([]);
  });
});
