// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { makeSave } from '../../../src/core/save/save-game.ts';
import type { SessionSnapshot } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { SaveLoader } from '../../../src/ui/dom/saves/save-loader.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInk } from '../../support/compile-inline.ts';
import { domController } from '../../support/dom-controller.ts';

// Saves that parse (right format, right fields, right story edition) but whose ink state was edited by hand: each
// must be tried in the real story before it is used, and set aside with a message, never half-loaded.

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
  ~ trust_lt = 3
  The towers go up.
* [Wait]
  You wait.
- -> ch2_raid
=== ch2_raid
# checkpoint: ch2_raid
The raid. Trust {trust_lt}.
* [Keep watch] Night.
  -> END
`;
const HASH = 'abcdef0123456789';

function setup() {
  const { session, controller, shown } = domController(compileInk(STORY));
  const loader = new SaveLoader({ controller, storyHash: HASH, strings: en, beforeShow: () => {} });
  return { session, controller, loader, shown };
}

const saveText = (snapshot: SessionSnapshot, name: string) =>
  JSON.stringify(makeSave({ storyHash: HASH, lang: 'en', name, now: new Date(), snapshot }));

/** A genuine save in chapter 2, its ink state passed through `tamper`. */
function tamperedSave(tamper: (ink: string) => string): string {
  const { session } = setup();
  session.begin({ kind: 'chapter', checkpoint: 'ch1_arrival', role: 'student' });
  session.choose(0);
  const snapshot = session.snapshot();
  const ink = tamper(snapshot.ink);
  expect(ink).not.toBe(snapshot.ink); // the edit landed
  return saveText({ ...snapshot, ink }, 'Edited');
}

const tampers: [string, (ink: string) => string][] = [
  [
    'a choice that leads to a knot the story does not have',
    (ink) => ink.replaceAll('"targetPath":"ch2_raid', '"targetPath":"gone'),
  ],
  ['a call stack inside a knot the story does not have', (ink) => ink.replaceAll('"cPath":"ch2_raid', '"cPath":"gone')],
  ['a relationship far out of range', (ink) => ink.replace(/"trust_lt":\d+/, '"trust_lt":999')],
];

describe('a tampered but parseable save', () => {
  for (const [what, tamper] of tampers) {
    it(`is refused where it stands when its ink state has ${what}, and the game restarts at its chapter`, () => {
      const text = tamperedSave(tamper);
      expect(parseSave(text, HASH).ok).toBe(true); // the file itself looks right
      const { loader, controller, session, shown } = setup();
      const result = loader.loadText(text);
      const message = en.saves.positionDamaged(en.chapterNames['ch2_raid']!);
      expect(result).toEqual({ ok: true, exact: false, message });
      const frame = shown.at(-1)!;
      expect(frame.status).toBe('choosing');
      expect(frame.game.checkpoint).toBe('ch2_raid');
      // play goes on, and every later autosave is a save the game accepts
      controller.choose(0);
      const next = shown.at(-1)!;
      expect(next.status).toBe('ending');
      expect(next.lines.map((l) => l.text)).toContain('Night.');
      expect(parseSave(saveText(session.snapshot(), 'x'), HASH).ok).toBe(true);
    });
  }

  it('still restores an untouched save exactly (the checks refuse only what is wrong)', () => {
    const text = tamperedSave((ink) => ink.replace('"storySeed":', '"storySeed": '));
    expect(setup().loader.loadText(text)).toEqual({ ok: true, exact: true, message: en.saves.loaded('Edited') });
  });
});

describe('a choice the story cannot follow', () => {
  it('becomes an error issue and an ended story, never an exception out of the click', () => {
    const engine = StoryEngine.fromJson(compileInk(STORY));
    while (engine.continueLine()) {
      // read to the first choices
    }
    expect(() => engine.choose(99)).not.toThrow();
    expect(engine.takeIssues().map((i) => i.severity)).toEqual(['error']);
    expect(engine.continueLine()).toBeFalsy();
    expect(engine.choices()).toEqual([]);
  });
});
