import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_CHAPTERS, CODE_KNOWLEDGE, CODE_MEASURES, CODE_ROLES, CODE_TRUST } from '../../src/core/save/save-code.ts';
import { parseTag } from '../../src/core/tags/parse-tag.ts';
import { StoryEngine } from '../../src/core/story/story-engine.ts';
import { tagsInCompiledStory } from '../support/story-tags.ts';
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';

const compiled = compileInkFile('story/en/main.ink');

describe('the real English story', () => {
  it('compiles with the inkjs compiler with no errors and no warnings', () => {
    expect(compiled.errors).toEqual([]);
    expect(compiled.warnings).toEqual([]);
    expect(compiled.json).not.toBeNull();
  });

  it('carries only tags the game understands', () => {
    const tags = tagsInCompiledStory(compiled.json!);
    expect(tags.length).toBeGreaterThan(500);
    const problems = tags
      .map((tag) => [tag, parseTag(tag)] as const)
      .filter(([, r]) => !r.ok)
      .map(([tag]) => tag);
    expect(problems).toEqual([]);
  });

  it('has every chapter knot the game jumps to, and each starts with its checkpoint', () => {
    const engine = StoryEngine.fromJson(compiled.json!);
    for (const knot of [...CODE_CHAPTERS, 'start', 'kiosk']) expect(engine.hasKnot(knot), knot).toBe(true);
    const json = JSON.parse(compiled.json!) as { root: unknown[] };
    const named = (json.root.at(-1) ?? {}) as Record<string, unknown[]>;
    for (const knot of CODE_CHAPTERS) {
      const body = JSON.stringify(named[knot]).slice(0, 400);
      expect(body, knot).toContain(`^checkpoint: ${knot}`);
    }
  });

  it('declares the variables and LIST items that save codes carry, in the same order', () => {
    const source = readFileSync('story/en/variables.ink', 'utf8');
    const lists = new Map<string, string[]>();
    for (const match of source.matchAll(/LIST\s+(\w+)\s*=\s*(.+)/g))
      lists.set(
        match[1]!,
        match[2]!.split(',').map((s) => s.trim().replace(/[()]/g, '')),
      );
    expect(lists.get('roles')).toEqual([...CODE_ROLES]);
    expect(lists.get('measures')).toEqual([...CODE_MEASURES]);
    expect(lists.get('knowledge')).toEqual([...CODE_KNOWLEDGE]);
    for (const key of CODE_TRUST) expect(source).toMatch(new RegExp(`VAR ${key} = 0`));
  });
});

describe('the size of the story', () => {
  it('has at least 30,000 words and 250 distinct choices in each language, with choices in every chapter', async () => {
    const { storyStats } = await import('../../tools/story-stats.mjs');
    for (const lang of ['en', 'es']) {
      const stats = storyStats(`story/${lang}`);
      expect(stats.words, lang).toBeGreaterThanOrEqual(30_000);
      expect(stats.choices, lang).toBeGreaterThanOrEqual(250);
      for (const row of stats.rows.filter((r) => /^(ch\d|epilogue|kiosk)/.test(r.file)))
        expect(row.choices, `${lang}/${row.file}`).toBeGreaterThan(10);
    }
  });

  it('puts every classroom pause on a line of text, never alone before a divert into the next chapter', () => {
    for (const lang of ['en', 'es']) {
      for (const file of [
        'ch1_arrival',
        'ch2_raid',
        'ch3_aftermath',
        'ch4_fortress',
        'ch5_rehearsal',
        'ch6_attack',
        'ch7_death',
        'epilogue',
      ]) {
        const source = readFileSync(`story/${lang}/${file}.ink`, 'utf8');
        expect(source, `${lang}/${file}`).toMatch(/\S.*# pause/);
        expect(source, `${lang}/${file}`).not.toMatch(/^\s*# pause\s*$/m);
      }
    }
  });
});
