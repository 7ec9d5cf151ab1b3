import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_CHAPTERS, RESULT_ROLES } from '../../../src/core/classroom/class-result.ts';
import { chapterStartState } from '../../../src/core/classroom/chapter-start.ts';
import { CANONICAL_SEQUENCE } from '../../../src/core/record/canonical-sequence.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { compileInkFile } from '../../../tools/ink/compile-ink.mjs';

const compiled = compileInkFile('story/en/main.ink').json;
if (compiled === null) throw new Error('story/en/main.ink does not compile');
const json: string = compiled;
const engine = StoryEngine.fromJson(json);
const variables = readFileSync('story/en/variables.ink', 'utf8');
const listItems = (name: string) =>
  (new RegExp(`LIST\\s+${name}\\s*=\\s*(.+)`).exec(variables)?.[1] ?? '').split(',').map((s) => s.trim());

describe('starting at a chapter in class', () => {
  it('uses only variables and LIST items the ink declares', () => {
    for (const chapter of RESULT_CHAPTERS) {
      const state = chapterStartState(chapter);
      for (const name of Object.keys(state.numbers)) expect(variables, name).toMatch(new RegExp(`VAR\\s+${name}\\s*=`));
      for (const [name, { list, items }] of Object.entries(state.lists)) {
        expect(variables, name).toMatch(new RegExp(`VAR\\s+${name}\\s*=`));
        for (const item of items) expect(listItems(list), item).toContain(item);
      }
    }
  });

  it('opens every chapter for every role with text, choices and no problems', () => {
    for (const chapter of RESULT_CHAPTERS) {
      for (const role of RESULT_ROLES) {
        const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
        const frame = session.begin({ kind: 'chapter', checkpoint: chapter, role, carry: chapterStartState(chapter) });
        expect(frame.problems, `${chapter}/${role}`).toEqual([]);
        expect(frame.status, `${chapter}/${role}`).toBe('choosing');
        expect(frame.game.role).toBe(role);
        expect(frame.game.checkpoint).toBe(chapter);
      }
    }
  });

  it("tells the classroom cut only when asked: ink's classroom_cut is true in the cut and false in the full telling", () => {
    const session = createSession({ engine, canonical: CANONICAL_SEQUENCE });
    const carry = chapterStartState('ch2_raid');
    session.begin({ kind: 'chapter', checkpoint: 'ch2_raid', role: 'student', carry, telling: 'cut' });
    expect(engine.variable('classroom_cut')).toBe(true);
    session.begin({ kind: 'chapter', checkpoint: 'ch2_raid', role: 'student', carry });
    expect(engine.variable('classroom_cut')).toBe(false);
  });

  it("starts after the fortress summer with the real summer defences and none of the player's own proposals", () => {
    const late = chapterStartState('ch5_rehearsal').lists['house']?.items ?? [];
    expect(late).toEqual(expect.arrayContaining(['steel_doors', 'towers', 'siren']));
    expect(late).not.toContain('visitor_log');
    expect(chapterStartState('ch2_raid').lists['house']?.items).toEqual([]);
    expect(chapterStartState('ch1_arrival').numbers['trust_lt']).toBe(0);
  });
});
