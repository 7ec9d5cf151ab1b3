// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/strings/en.ts';
import { fixtureApp } from './fixture-app.ts';

/** A chapter whose second passage hits an ink runtime error (a string minus a number). */
const BREAKS_MID_STORY = `
LIST roles = teamster, student
VAR role = teamster
VAR word = "x"
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The gate is barred for the night.
* [Check the bolt] -> broken
* [Sleep] -> END
=== broken
The bolt is cold.
{word - 1}
-> END
`;

/** The second passage loops for ever without producing text (pitfalls I14). */
const LOOPS_MID_STORY = `
LIST roles = teamster, student
VAR role = teamster
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The patio is quiet.
* [Walk the wall] -> loop
=== loop
- (top)
~ temp n = 1
-> top
`;

function expectRecovery(app: ReturnType<typeof fixtureApp>) {
  const notice = app.story.querySelector('[role="alert"]');
  expect(notice?.textContent).toContain(en.brokenTitle);
  expect(notice?.textContent).toContain(en.brokenBody);
  expect(app.buttons().map((b) => b.textContent)).toEqual([en.backToCheckpoint, en.restart]);
  expect(document.activeElement?.textContent).toBe(en.backToCheckpoint);
}

describe('a broken story never leaves a blank or frozen page', () => {
  it('turns an ink runtime error mid-chapter into a recovery notice, and "back to the start of this chapter" plays again', () => {
    const app = fixtureApp(BREAKS_MID_STORY);
    app.controller.begin({ kind: 'start' });
    app.press('Check the bolt');
    expectRecovery(app);
    expect(app.logged.some((m) => m.includes('ink-error'))).toBe(true);
    app.press(en.backToCheckpoint);
    expect(app.story.textContent).toContain('The gate is barred for the night.');
    expect(app.buttons().map((b) => b.textContent)).toEqual([
      '1Check the bolt, choice 1 of 2',
      '2Sleep, choice 2 of 2',
    ]);
    expect(app.controller.currentFrame?.status).toBe('choosing');
  });

  it('offers "begin again", which restarts the whole story', () => {
    const app = fixtureApp(BREAKS_MID_STORY);
    app.controller.begin({ kind: 'start' });
    app.press('Check the bolt');
    app.press(en.restart);
    expect(app.controller.currentFrame?.status).toBe('choosing');
    expect(app.story.querySelector('[role="alert"]')).toBeNull();
  });

  it('stops an endless ink loop within its budget and shows the recovery notice', () => {
    const app = fixtureApp(LOOPS_MID_STORY, { lineBudgetMs: 150 });
    app.controller.begin({ kind: 'start' });
    app.press('Walk the wall'); // returns only because the engine's line budget ends the loop
    expectRecovery(app);
    expect(app.logged.some((m) => m.includes('endless loop'))).toBe(true);
    app.press(en.backToCheckpoint);
    expect(app.story.textContent).toContain('The patio is quiet.');
  });

  it('offers only "begin again" when the story breaks before any chapter began', () => {
    const app = fixtureApp('VAR word = "x"\nThe first line.\n{word - 1}\n-> END');
    app.controller.begin({ kind: 'start' });
    expect(app.story.textContent).toContain(en.brokenTitle);
    expect(app.buttons().map((b) => b.textContent)).toEqual([en.restart]);
  });
});
