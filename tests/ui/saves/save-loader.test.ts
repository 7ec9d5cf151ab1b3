// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { makeSave } from '../../../src/core/save/save-game.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { SaveLoader } from '../../../src/ui/dom/saves/save-loader.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInk } from '../../support/compile-inline.ts';
import { domController } from '../../support/dom-controller.ts';

const STORY = `
LIST roles = teamster, student, mexican
VAR role = teamster
LIST measures = steel_doors, towers
VAR house = ()
LIST knowledge = k_sedov
VAR known = ()
VAR trust_lt = 0
VAR trust_natalia = 0
VAR trust_seva = 0
VAR trust_guards = 0
VAR trust_police = 0
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The gate is barred.
* [Build the towers]
  ~ house += towers
  ~ trust_lt = 3
  The towers go up.
* [Wait]
  You wait.
- -> ch2_raid
=== ch2_raid
# checkpoint: ch2_raid
{house ? towers: The towers stand.|No towers.} Trust {trust_lt}. {role == student: A student.|Not a student.}
* [Keep watch] Night.
  -> END
`;

const HASH = 'abcdef0123456789';
const OTHER = '0123456789abcdef';

function setup() {
  const json = compileInk(STORY);
  const { session, controller, shown } = domController(json);
  const beforeShow = vi.fn();
  const loader = new SaveLoader({ controller, storyHash: HASH, strings: en, beforeShow });
  return { session, controller, loader, beforeShow, json, shown };
}

/** A save made in chapter 2 as a student with the towers built, from the given story edition. */
function chapterTwoSave(hash: string): string {
  const session = createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [] });
  session.begin({ kind: 'chapter', checkpoint: 'ch1_arrival', role: 'student' });
  session.choose(0);
  return JSON.stringify(
    makeSave({ storyHash: hash, lang: 'en', name: 'Night watch', now: new Date(), snapshot: session.snapshot() }),
  );
}

describe('SaveLoader', () => {
  it('restores a save from this edition exactly where it was', () => {
    const { loader, beforeShow, shown } = setup();
    const result = loader.loadText(chapterTwoSave(HASH));
    expect(result).toEqual({ ok: true, exact: true, message: en.saves.loaded('Night watch') });
    expect(shown).toHaveLength(1);
    const frame = shown[0]!;
    expect(frame.lines.map((l) => l.text)).toContain('The towers stand. Trust 3. A student.');
    expect(frame.choices.map((c) => c.text)).toEqual(['Keep watch']);
    expect(beforeShow).toHaveBeenCalledWith('ch2_raid');
  });

  it('restarts a save from another edition at its chapter start, with role and carried variables, and says so', () => {
    const { loader, beforeShow, shown } = setup();
    const result = loader.loadText(chapterTwoSave(OTHER));
    expect(result).toEqual({ ok: true, exact: false, message: en.saves.otherEdition(en.chapterNames['ch2_raid']!) });
    expect(shown).toHaveLength(1);
    const frame = shown[0]!;
    expect(frame.lines.map((l) => l.text)).toEqual(['The towers stand. Trust 3. A student.']);
    expect(frame.game.checkpoint).toBe('ch2_raid');
    expect(beforeShow).toHaveBeenCalledWith(null);
  });

  it.each([
    ['not-json', '{"format":"avenida-viena-save",'],
    ['not-ours', JSON.stringify({ format: 'another-game', slot: 1 })],
    ['too-large', 'x'.repeat(4_000_001)],
  ] as const)('refuses a %s save with a plain sentence and changes nothing', (reason, text) => {
    const { loader, controller, session, shown } = setup();
    controller.begin({ kind: 'chapter', checkpoint: 'ch1_arrival', role: 'mexican' });
    const before = session.snapshot();
    const result = loader.loadText(text);
    expect(result).toEqual({ ok: false, message: en.saves.rejected[reason] });
    expect(shown).toHaveLength(1); // only the game begun above
    expect(session.snapshot()).toEqual(before);
  });

  it('puts the game in progress back when a chapter restart fails (a role this story lacks)', () => {
    const { loader, controller, session, shown } = setup();
    controller.begin({ kind: 'chapter', checkpoint: 'ch1_arrival', role: 'teamster' });
    controller.choose(0);
    const before = session.snapshot();
    const result = loader.startChapter('ch2_raid', 'pilot', { numbers: {}, lists: {} });
    expect(result).toEqual({ ok: false, message: en.saves.cannotUse });
    expect(shown).toHaveLength(2); // the game begun above and its choice, nothing loaded
    expect(session.snapshot().game).toEqual(before.game);
    expect(session.current().choices.map((c) => c.text)).toEqual(['Keep watch']);
    expect(controller.currentFrame?.choices.map((c) => c.text)).toEqual(['Keep watch']); // screen and session agree
  });

  it('says a save from another edition made before any chapter cannot be used', () => {
    const { loader, session } = setup();
    session.begin({ kind: 'start' });
    const text = JSON.stringify(
      makeSave({
        storyHash: OTHER,
        lang: 'en',
        name: 'x',
        now: new Date(),
        snapshot: { ...session.snapshot(), game: { ...session.snapshot().game, checkpoint: null } },
      }),
    );
    expect(loader.loadText(text)).toEqual({ ok: false, message: en.saves.otherEditionNoChapter });
  });
});
