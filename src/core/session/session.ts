import { applyToGame } from '../game/apply-to-game.ts';
import { INITIAL_GAME, TRUST_KEYS, type GameState, type Telling } from '../game/game-state.ts';
import type { SfxId, TextClass } from '../stage/ids.ts';
import { applyToStage, withMeasures } from '../stage/apply-to-stage.ts';
import { INITIAL_STAGE, type StageState } from '../stage/stage-state.ts';
import type { StoryEngine } from '../story/story-engine.ts';
import { parseTag } from '../tags/parse-tag.ts';
import type { Frame, FrameLine, Problem } from './frame.ts';
import { appendTranscript, type TranscriptEntry } from './transcript.ts';

/** Where a playthrough begins: the full story (role chosen in ink), the kiosk cut, or a chapter with a role. */
export type Entry =
  | { readonly kind: 'start' }
  | { readonly kind: 'kiosk' }
  | {
      readonly kind: 'chapter';
      readonly checkpoint: string;
      readonly role: string;
      readonly carry?: CarriedState;
      /** 'cut' is the classroom's short telling (ink's `classroom_cut`); the full telling is the default. */
      readonly telling?: Telling;
    };

export type { Telling };

/**
 * Story variables carried into a chapter start (a save from an older edition, a short save code): numbers by
 * name, and LIST variables as { list, items }. Carrying variables, not the call stack, is inkle's own advice
 * for surviving story edits (pitfalls I4, I6).
 */
export interface CarriedState {
  readonly numbers: Readonly<Record<string, number>>;
  readonly lists: Readonly<Record<string, { readonly list: string; readonly items: readonly string[] }>>;
}

/** Everything needed to put a session back exactly where it was (the save layer adds versions and hashes). */
export interface SessionSnapshot {
  readonly ink: string;
  readonly stage: StageState;
  readonly game: GameState;
  readonly transcript: readonly TranscriptEntry[];
}

export interface SessionOptions {
  readonly engine: StoryEngine;
  /** The canonical order of record beats (spine then epilogue). */
  readonly canonical: readonly string[];
  readonly seed?: number;
  /**
   * Stop at a classroom pause point (a `# pause` line): the frame ends with that line, status `held`, and the next
   * chapter is not read until `goOn()`. Without it the step runs on into the next chapter's opening lines.
   */
  readonly holdAtPause?: boolean;
}

/**
 * The session's reading side, which features get (AppContext.session). Only the controller holds the whole
 * `Session` and writes it (tools/lint/layers.mjs, "one-writer-of-the-session").
 */
export type SessionReader = Pick<Session, 'current' | 'snapshot' | 'transcript'>;

export interface Session {
  begin(entry: Entry): Frame;
  choose(index: number): Frame;
  /** Reads on from a pause point the session held at (status `held`); throws when it is not held. */
  goOn(): Frame;
  current(): Frame;
  snapshot(): SessionSnapshot;
  restore(snapshot: SessionSnapshot): Frame;
  transcript(): readonly TranscriptEntry[];
}

export function createSession(options: SessionOptions): Session {
  const { engine, canonical } = options;
  const seed = options.seed ?? 1940;
  let stage: StageState = INITIAL_STAGE;
  let game: GameState = INITIAL_GAME;
  let transcript: readonly TranscriptEntry[] = [];
  let frame: Frame | null = null;

  function mirrorInk(): void {
    const role = engine.variable('role');
    const house = engine.variable('house');
    const known = engine.variable('known');
    const refused = engine.variable('proposals_refused');
    const letters = engine.variable('letters_home');
    const cut = engine.variable('classroom_cut');
    const trust = { ...game.trust };
    for (const key of TRUST_KEYS) {
      const value = engine.variable(key);
      if (typeof value === 'number') trust[key] = value;
    }
    const measures = Array.isArray(house) ? [...(house as readonly string[])] : game.measures;
    const logged = new Set(game.measuresAdded.map((m) => m.id));
    const added = measures.filter((id) => !logged.has(id)).map((id) => ({ id, checkpoint: game.checkpoint }));
    game = {
      ...game,
      role: Array.isArray(role) && role.length > 0 ? String(role[0]) : game.role,
      measures,
      measuresAdded: added.length > 0 ? [...game.measuresAdded, ...added] : game.measuresAdded,
      proposalsRefused: typeof refused === 'number' ? refused : game.proposalsRefused,
      lettersHome: typeof letters === 'number' ? letters : game.lettersHome,
      known: Array.isArray(known) ? [...(known as readonly string[])] : game.known,
      trust,
      telling: cut === true ? 'cut' : 'full',
    };
    stage = withMeasures(stage, game.measures);
  }

  function step(): Frame {
    const lines: FrameLine[] = [];
    const problems: Problem[] = [];
    let pause = false;
    let held = false;
    let clearNext = false;
    // Line by line until the story waits for a choice, ends, or (holdAtPause) has just shown a pause point's line.
    while (!held) {
      const line = engine.continueLine();
      if (line === null) break;
      const classes: TextClass[] = [];
      const sfx: SfxId[] = [];
      const cites: string[] = [];
      let record: string | null = null;
      let invented = false;
      for (const raw of line.tags) {
        const parsed = parseTag(raw);
        if (!parsed.ok) {
          problems.push({ kind: 'tag', message: parsed.problem });
          continue;
        }
        const command = parsed.command;
        stage = applyToStage(stage, command);
        const update = applyToGame(game, command, canonical);
        game = update.game;
        if (update.problem) problems.push({ kind: 'chronicle', message: update.problem });
        switch (command.kind) {
          case 'class':
            classes.push(command.textClass);
            break;
          case 'sfx':
            sfx.push(command.sfx);
            break;
          case 'cite':
            cites.push(command.source);
            break;
          case 'record':
            record = command.beat;
            break;
          case 'invented':
            invented = true;
            break;
          case 'pause':
            pause = true;
            held = options.holdAtPause === true;
            break;
          case 'clear':
          case 'restart':
            clearNext = true;
            break;
          case 'recall': // the archive's recalls live in the game state (applyToGame), not on the line
          case 'checkpoint':
          case 'scene':
          case 'time':
          case 'music':
          case 'ambience':
          case 'effect':
          case 'pushback':
          case 'view':
          case 'meta':
            break;
        }
      }
      mirrorInk();
      const text = line.text.trim();
      if (text.length === 0 && sfx.length === 0 && record === null) continue;
      lines.push({ text, classes, sfx, cites, record, invented, clear: clearNext });
      clearNext = false;
    }
    // Held only where there is more to read: a pause on the last line before choices (or the end) holds nothing.
    held &&= engine.canContinue();
    for (const issue of engine.takeIssues()) {
      problems.push({ kind: issue.severity === 'error' ? 'ink-error' : 'ink-warning', message: issue.message });
    }
    const choices = engine.choices().map((c) => ({ index: c.index, text: c.text }));
    const broken = problems.some((p) => p.kind === 'ink-error');
    transcript = appendTranscript(
      transcript,
      lines
        .filter((l) => l.text.length > 0)
        .map((l) => ({ kind: 'line' as const, text: l.text, record: l.record, classes: l.classes })),
    );
    frame = {
      lines,
      choices: broken ? [] : choices,
      stage,
      game,
      status: broken ? 'broken' : held ? 'held' : choices.length > 0 ? 'choosing' : 'ending',
      problems,
      pause,
    };
    return frame;
  }

  return {
    begin(entry) {
      engine.reset(seed);
      stage = INITIAL_STAGE;
      game = INITIAL_GAME;
      transcript = [];
      switch (entry.kind) {
        case 'start':
          break;
        case 'kiosk':
          engine.goTo('kiosk');
          break;
        case 'chapter':
          engine.setListItem('role', 'roles', entry.role);
          for (const [name, value] of Object.entries(entry.carry?.numbers ?? {})) engine.setNumber(name, value);
          for (const [name, value] of Object.entries(entry.carry?.lists ?? {}))
            engine.setListItems(name, value.list, value.items);
          if (entry.telling === 'cut') engine.setBoolean('classroom_cut', true);
          // Measures carried in were adopted before this chapter: when is not known, so not this chapter's.
          game = {
            ...game,
            measuresAdded: (entry.carry?.lists['house']?.items ?? []).map((id) => ({ id, checkpoint: null })),
          };
          engine.goTo(entry.checkpoint);
          break;
      }
      return step();
    },
    choose(index) {
      const current = frame;
      const choice = current?.choices.find((c) => c.index === index);
      if (!current || !choice) throw new Error(`no choice ${index} is on offer`);
      transcript = appendTranscript(transcript, [{ kind: 'choice', text: choice.text }]);
      game = { ...game, turn: game.turn + 1 };
      engine.choose(index);
      return step();
    },
    goOn() {
      if (frame?.status !== 'held') throw new Error('the story is not held at a pause point');
      return step();
    },
    current() {
      if (!frame) throw new Error('the session has not begun');
      return frame;
    },
    snapshot() {
      return { ink: engine.saveState(), stage, game, transcript: [...transcript] };
    },
    restore(snapshot) {
      engine.loadState(snapshot.ink);
      stage = snapshot.stage;
      game = snapshot.game;
      transcript = [...snapshot.transcript];
      mirrorInk();
      // Show the passage the player was reading: the transcript since their last choice.
      const lastChoice = transcript.map((e) => e.kind).lastIndexOf('choice');
      const lines: FrameLine[] = transcript.slice(lastChoice + 1).flatMap((entry) =>
        entry.kind === 'line'
          ? [
              {
                text: entry.text,
                classes: entry.classes as TextClass[],
                sfx: [],
                cites: [],
                record: entry.record,
                invented: false,
                clear: false,
              },
            ]
          : [],
      );
      const choices = engine.choices().map((c) => ({ index: c.index, text: c.text }));
      // A save made at a held pause point comes back held, and still at the pause (the pause screen shows again).
      const held = choices.length === 0 && engine.canContinue();
      frame = {
        lines,
        choices,
        stage,
        game,
        status: held ? 'held' : choices.length > 0 ? 'choosing' : 'ending',
        problems: [],
        pause: held,
      };
      return frame;
    },
    transcript() {
      return transcript;
    },
  };
}
