import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sources from '../../../story/record/sources.json';
import { firstMentions, GLOSSARY } from '../../../src/core/classroom/glossary.ts';

const STORY = ['start', 'ch1_arrival', 'ch2_raid', 'ch3_aftermath', 'ch4_fortress', 'ch5_rehearsal', 'ch6_attack', 'ch7_death', 'epilogue']
  .map((f) => readFileSync(`story/en/${f}.ink`, 'utf8'))
  .join('\n');

describe('the glossary', () => {
  it('has the period terms a teacher asked for', () => {
    const ids = GLOSSARY.map((g) => g.id);
    for (const id of ['gpu_nkvd', 'fourth_international', 'stalinist', 'trotskyist', 'asylum', 'comintern', 'moscow_trials', 'cardenas', 'coyoacan', 'cruz_verde', 'pcm']) {
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
    const mentions = firstMentions('The Old Man met the Dewey Commission in Coyoacán; the GPU watched. GPU again.', new Set());
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
});
