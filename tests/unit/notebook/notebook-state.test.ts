// The state the notebook reads that ink alone knows: when each measure came in, refused proposals, letters home.
import { describe, expect, it } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { makeSave } from '../../../src/core/save/save-game.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { compileInk } from '../../support/compile-inline.ts';

const STORY = `
LIST roles = teamster, student
VAR role = teamster
LIST measures = visitor_log, steel_doors, alarm_tested
VAR house = ()
VAR proposals_refused = 0
VAR letters_home = 0
VAR classroom_cut = false
-> one
=== one
# checkpoint: one
The meeting. # invented
* [Keep a book]
  ~ house += visitor_log
  ~ letters_home++
  A book on a nail. # invented
- * [Search everyone]
  ~ proposals_refused++
  Refused. # pushback: search_visitors
- -> two
=== two
# checkpoint: two
~ house += steel_doors
Summer. # invented
* [Sleep] -> END
`;

const session = () => createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [] });

describe('the game state the notebook reads', () => {
  it('mirrors refused proposals and letters home from ink, and logs each measure with the chapter it came in', () => {
    const s = session();
    let frame = s.begin({ kind: 'start' });
    frame = s.choose(frame.choices[0]!.index);
    expect(frame.game.lettersHome).toBe(1);
    frame = s.choose(frame.choices[0]!.index);
    expect(frame.game.proposalsRefused).toBe(1);
    expect(frame.game.measuresAdded).toEqual([
      { id: 'visitor_log', checkpoint: 'one' },
      { id: 'steel_doors', checkpoint: 'two' },
    ]);
  });

  it('does not date measures carried into a chapter start to that chapter', () => {
    const frame = session().begin({
      kind: 'chapter',
      checkpoint: 'two',
      role: 'student',
      carry: { numbers: {}, lists: { house: { list: 'measures', items: ['alarm_tested'] } } },
    });
    expect(frame.game.measuresAdded).toEqual([
      { id: 'alarm_tested', checkpoint: null },
      { id: 'steel_doors', checkpoint: 'two' },
    ]);
  });

  it('reads a save from before the notebook: its measures undated, no refusals, no letters', () => {
    const game = { ...INITIAL_GAME, measures: ['towers'], checkpoint: 'ch4_fortress' } as Record<string, unknown>;
    delete game['measuresAdded'];
    delete game['proposalsRefused'];
    delete game['lettersHome'];
    const save = makeSave({
      storyHash: 'abcdef0123456789',
      lang: 'en',
      name: 'old',
      now: new Date('2026-01-01T00:00:00Z'),
      snapshot: {
        ink: JSON.stringify({ flows: {}, variablesState: {} }),
        stage: INITIAL_STAGE,
        game: game as never,
        transcript: [],
      },
    });
    const parsed = parseSave(JSON.stringify(save), 'abcdef0123456789');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.save.snapshot.game.measuresAdded).toEqual([{ id: 'towers', checkpoint: null }]);
    expect(parsed.save.snapshot.game.proposalsRefused).toBe(0);
    expect(parsed.save.snapshot.game.lettersHome).toBe(0);
  });
});
