import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../src/core/session/session.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { compileInk } from '../../support/compile-inline.ts';

const STORY = `
LIST roles = teamster, student
VAR role = teamster
LIST measures = steel_doors, towers
VAR house = ()
VAR trust_lt = 0
-> start
=== start
# scene: gate
# time: night
The gate is barred. # sfx: gate_bolt
* [Check the alarm]
  ~ house += towers
  ~ trust_lt = 2
  The buzzer answers. # cite: han40
* [Walk the patio]
  The rabbits stir. # invented
- Shots in the dark. # record: first_beat
-> chapter_two
=== chapter_two
# checkpoint: chapter_two
{role == student: You think of the library.|You think of the cars.}
* [Sleep] -> finale
=== finale
Morning. # record: second_beat
-> END
`;

const CANON = ['first_beat', 'second_beat'];

function newSession(source = STORY): Session {
  return createSession({ engine: StoryEngine.fromJson(compileInk(source)), canonical: CANON });
}

function playFirstChoices(session: Session) {
  let frame = session.begin({ kind: 'start' });
  const frames = [frame];
  while (frame.status === 'choosing') {
    frame = session.choose(frame.choices[0]!.index);
    frames.push(frame);
  }
  return frames;
}

describe('a session stepping through a real compiled story', () => {
  it('returns frames with text, tags as stage and events, and choices', () => {
    const frame = newSession().begin({ kind: 'start' });
    expect(frame.status).toBe('choosing');
    expect(frame.lines.map((l) => l.text)).toEqual(['The gate is barred.']);
    expect(frame.lines[0]?.sfx).toEqual(['gate_bolt']);
    expect(frame.stage.scene).toBe('gate');
    expect(frame.stage.time).toBe('night');
    expect(frame.choices.map((c) => c.text)).toEqual(['Check the alarm', 'Walk the patio']);
  });

  it('mirrors ink variables into the game state after a choice', () => {
    const session = newSession();
    session.begin({ kind: 'start' });
    const frame = session.choose(0);
    expect(frame.game.measures).toEqual(['towers']);
    expect(frame.stage.measures).toEqual(['towers']);
    expect(frame.game.trust.trust_lt).toBe(2);
    expect(frame.game.cites).toEqual(['han40']);
    expect(frame.game.chronicle.map((e) => e.beat)).toEqual(['first_beat']);
  });

  it('reaches the ending with the whole chronicle in order', () => {
    const frames = playFirstChoices(newSession());
    const last = frames.at(-1)!;
    expect(last.status).toBe('ending');
    expect(last.game.chronicle.map((e) => e.beat)).toEqual(CANON);
    expect(last.problems).toEqual([]);
  });

  it('plays the same after a save and load round trip as it does fresh', () => {
    const fresh = playFirstChoices(newSession()).at(-1)!;
    const first = newSession();
    first.begin({ kind: 'start' });
    first.choose(0);
    const snapshot = JSON.parse(JSON.stringify(first.snapshot()));
    const second = newSession();
    const restored = second.restore(snapshot);
    expect(restored.choices.map((c) => c.text)).toEqual(['Sleep']);
    expect(restored.lines.map((l) => l.text)).toContain('Shots in the dark.');
    const end = second.choose(restored.choices[0]!.index);
    expect(end.game.chronicle.map((e) => e.beat)).toEqual(fresh.game.chronicle.map((e) => e.beat));
    expect(end.lines.map((l) => l.text)).toEqual(fresh.lines.map((l) => l.text));
  });

  it('starts at a chapter with the chosen role', () => {
    const frame = newSession().begin({ kind: 'chapter', checkpoint: 'chapter_two', role: 'student' });
    expect(frame.lines.map((l) => l.text)).toEqual(['You think of the library.']);
    expect(frame.game.role).toBe('student');
    expect(frame.game.checkpoint).toBe('chapter_two');
  });

  it('keeps a transcript of lines and choices for the history panel', () => {
    const session = newSession();
    session.begin({ kind: 'start' });
    session.choose(1);
    expect(session.transcript()).toEqual([
      { kind: 'line', text: 'The gate is barred.', record: null, classes: [] },
      { kind: 'choice', text: 'Walk the patio' },
      { kind: 'line', text: 'The rabbits stir.', record: null, classes: [] },
      { kind: 'line', text: 'Shots in the dark.', record: 'first_beat', classes: [] },
      { kind: 'line', text: 'You think of the cars.', record: null, classes: [] },
    ]);
  });

  it('reports an unknown tag as a problem and keeps going', () => {
    const frame = newSession('Hello. # weather: fine\n-> END').begin({ kind: 'start' });
    expect(frame.lines.map((l) => l.text)).toEqual(['Hello.']);
    expect(frame.problems.map((p) => p.kind)).toEqual(['tag']);
    expect(frame.status).toBe('ending');
  });

  it('reports a beat out of canonical order as a chronicle problem', () => {
    const frame = newSession('One. # record: second_beat\nTwo. # record: first_beat\n-> END').begin({ kind: 'start' });
    expect(frame.problems.map((p) => p.kind)).toEqual(['chronicle']);
    expect(frame.game.chronicle.map((e) => e.beat)).toEqual(['second_beat']);
  });

  it('turns an ink runtime error into a broken frame instead of an exception', () => {
    const frame = newSession('VAR a = "x"\n{a - 1}\n-> END').begin({ kind: 'start' });
    expect(frame.status).toBe('broken');
    expect(frame.problems.some((p) => p.kind === 'ink-error')).toBe(true);
    expect(frame.choices).toEqual([]);
  });

  it('stops an endless loop within its budget and reports it', () => {
    const engine = StoryEngine.fromJson(compileInk('- (top)\n~ temp x = 1\n-> top'), { lineBudgetMs: 100 });
    const frame = createSession({ engine, canonical: CANON }).begin({ kind: 'start' });
    expect(frame.status).toBe('broken');
    expect(frame.problems[0]?.message).toMatch(/endless loop/);
  });

  it('refuses a choice that is not on offer', () => {
    const session = newSession();
    session.begin({ kind: 'start' });
    expect(() => session.choose(7)).toThrow(/no choice 7/);
  });
});

describe('the story engine', () => {
  it('strips a byte-order mark before parsing the story JSON', () => {
    const engine = StoryEngine.fromJson(`\uFEFF${compileInk('Hi.\n-> END')}`);
    expect(engine.continueLine()?.text.trim()).toBe('Hi.');
  });
});
