import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { compileInk } from '../../support/compile-inline.ts';

const STORY = `
-> one
=== one
# checkpoint: one
The first chapter.
* [Finish it]
  The end of the first chapter. # pause
  -> two
=== two
# checkpoint: two
The second chapter begins.
* [Read on] The second chapter. # pause
  -> END
`;

const session = (holdAtPause: boolean) =>
  createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [], holdAtPause });

describe('a session held at classroom pause points', () => {
  it('stops on the pause line: the next chapter is not read, and goOn reads it', () => {
    const s = session(true);
    s.begin({ kind: 'start' });
    const paused = s.choose(0);
    expect(paused.status).toBe('held');
    expect(paused.pause).toBe(true);
    expect(paused.choices).toEqual([]);
    expect(paused.lines.map((l) => l.text)).toEqual(['The end of the first chapter.']);
    expect(paused.game.checkpoint).toBe('one');
    const next = s.goOn();
    expect(next.status).toBe('choosing');
    expect(next.pause).toBe(false);
    expect(next.lines.map((l) => l.text)).toEqual(['The second chapter begins.']);
    expect(next.game.checkpoint).toBe('two');
  });

  it('runs on into the next chapter without holdAtPause, as the measuring tools and other modes read it', () => {
    const s = session(false);
    s.begin({ kind: 'start' });
    const frame = s.choose(0);
    expect(frame.status).toBe('choosing');
    expect(frame.pause).toBe(true);
    expect(frame.lines.map((l) => l.text)).toContain('The second chapter begins.');
    expect(() => s.goOn()).toThrow(/not held/);
  });

  it('holds nothing at a pause with nothing after it, and comes back held from a save made at the pause', () => {
    const s = session(true);
    s.begin({ kind: 'start' });
    s.choose(0);
    const saved = s.snapshot();
    s.goOn();
    const last = s.choose(0);
    expect(last.pause).toBe(true);
    expect(last.status).toBe('ending');

    const restored = session(true).restore(saved);
    expect(restored.status).toBe('held');
    expect(restored.pause).toBe(true);
  });
});

describe("a session's telling", () => {
  const CUT = `
LIST roles = teamster
VAR role = teamster
VAR classroom_cut = false
-> ch
=== ch
# checkpoint: ch
{classroom_cut: The short telling.|The full telling.}
* [On] -> END
`;
  it("mirrors ink's classroom_cut into the game state, so saves and codes can carry it", () => {
    const s = createSession({ engine: StoryEngine.fromJson(compileInk(CUT)), canonical: [] });
    const cut = s.begin({ kind: 'chapter', checkpoint: 'ch', role: 'teamster', telling: 'cut' });
    expect(cut.game.telling).toBe('cut');
    expect(cut.lines.map((l) => l.text)).toEqual(['The short telling.']);
    const full = s.begin({ kind: 'chapter', checkpoint: 'ch', role: 'teamster' });
    expect(full.game.telling).toBe('full');
  });
});
