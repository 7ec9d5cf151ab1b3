import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { compileInk } from '../../support/compile-inline.ts';

const STORY = `
LIST roles = teamster, student
VAR role = teamster
LIST measures = steel_doors, towers, siren
VAR house = ()
VAR trust_lt = 0
-> start
=== start
Start.
-> END
=== later
# checkpoint: later
{house ? towers: The towers stand.|No towers yet.} Trust {trust_lt}.
-> END
`;

describe('starting a chapter with carried state', () => {
  it('sets numbers and list variables before the chapter runs', () => {
    const session = createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [] });
    const frame = session.begin({
      kind: 'chapter',
      checkpoint: 'later',
      role: 'student',
      carry: { numbers: { trust_lt: 3 }, lists: { house: { list: 'measures', items: ['towers', 'siren'] } } },
    });
    expect(frame.lines.map((l) => l.text)).toEqual(['The towers stand. Trust 3.']);
    expect(frame.game.measures).toEqual(['towers', 'siren']);
    expect(frame.game.role).toBe('student');
  });

  it('refuses an item the story does not have', () => {
    const session = createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [] });
    expect(() =>
      session.begin({
        kind: 'chapter',
        checkpoint: 'later',
        role: 'student',
        carry: { numbers: {}, lists: { house: { list: 'measures', items: ['moat'] } } },
      }),
    ).toThrow();
  });
});
