import { describe, expect, it } from 'vitest';
import { CANONICAL_SEQUENCE } from '../../src/core/record/canonical-sequence.ts';
import { createSession } from '../../src/core/session/session.ts';
import { StoryEngine } from '../../src/core/story/story-engine.ts';
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';
import { kioskPickers, walkKiosk } from '../../tools/kiosk-words.mjs';

// Issue 21: a standing visitor reads at most about 1,200 words from the first tap to the end of the story when they
// always take the first option, and the climax comes in short passages whose picture matches their text.
const MOST_WORDS_AT_FIRST_OPTIONS = 1200;
const LONGEST_PASSAGE = 250;

for (const language of ['en', 'es']) {
  describe(`the kiosk visit in the ${language} story`, () => {
    const compiled = compileInkFile(`story/${language}/main.ink`);
    const engine = StoryEngine.fromJson(compiled.json!);
    const visit = (name: string) => {
      const picker = kioskPickers().find((p) => p.name === name)!;
      return walkKiosk(createSession({ engine, canonical: CANONICAL_SEQUENCE }), picker.pick);
    };

    it('reads in at most 1,200 words at first options, choices included, and ends', () => {
      const first = visit('first options');
      expect(first.passages.at(-1)!.choices).toBe(0);
      expect(first.words).toBeGreaterThan(500); // the whole visit was walked, not a broken first frame
      expect(first.words).toBeLessThanOrEqual(MOST_WORDS_AT_FIRST_OPTIONS);
    });

    it('never gives a visitor more than 250 words at once, on any measured way of choosing', () => {
      for (const { name } of kioskPickers()) {
        const longest = Math.max(...visit(name).passages.map((p) => p.words));
        expect(longest, name).toBeLessThanOrEqual(LONGEST_PASSAGE);
      }
    });

    it('tells the attack, the death and the funeral in separate passages, each with its own picture', () => {
      const { passages } = visit('first options');
      const passageOf = (beat: string) => passages.findIndex((p) => p.records.includes(beat));
      const attack = passageOf('attack_1940_08_20');
      const death = passageOf('death_1940_08_21');
      const funeral = passageOf('funeral_1940_08_22');
      expect(attack).toBeGreaterThan(0);
      expect(death).toBeGreaterThan(attack);
      expect(funeral).toBeGreaterThan(death);
      expect(passages[attack]!.scene).toBe('study');
      expect(passages[death]!.scene).toBe('hospital');
      expect(passages[funeral]!.scene).toBe('procession');
    });

    it('shows the garden stone (the museum picture) only in the last passage', () => {
      for (const { name } of kioskPickers()) {
        const scenes = visit(name).passages.map((p) => p.scene);
        expect(scenes.at(-1), name).toBe('museum');
        expect(scenes.slice(0, -1), name).not.toContain('museum');
      }
    });
  });
}
