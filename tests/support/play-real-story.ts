import type { GameState } from '../../src/core/game/game-state.ts';
import { CANONICAL_SEQUENCE } from '../../src/core/record/canonical-sequence.ts';
import { createSession, type Entry } from '../../src/core/session/session.ts';
import { StoryEngine } from '../../src/core/story/story-engine.ts';
import { compileInkFile } from '../../tools/ink/compile-ink.mjs';

/** Which choice a simulated player takes, given the choices on offer and the turn. */
export type Pick = (count: number, turn: number) => number;

export const firstChoice: Pick = () => 0;
export const lastChoice: Pick = (count) => count - 1;
/** A seeded, repeatable "anything goes" player. */
export function seeded(seed: number): Pick {
  let state = seed;
  return (count) => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return Math.floor((state / 2 ** 32) * count);
  };
}

const compiled = new Map<string, string>();

/** Plays the real story (story/<lang>/main.ink) to its end and gives the game state there. */
export function playRealStory(lang: string, pick: Pick, entry: Entry = { kind: 'start' }): GameState {
  let json = compiled.get(lang);
  if (!json) {
    const result = compileInkFile(`story/${lang}/main.ink`);
    if (!result.json) throw new Error(`story/${lang} did not compile: ${result.errors.join('\n')}`);
    json = result.json;
    compiled.set(lang, json);
  }
  const session = createSession({ engine: StoryEngine.fromJson(json), canonical: CANONICAL_SEQUENCE });
  let frame = session.begin(entry);
  for (let turn = 0; frame.status === 'choosing'; turn++) {
    if (turn > 3000) throw new Error('the story did not end within 3000 choices');
    frame = session.choose(frame.choices[pick(frame.choices.length, turn)]!.index);
  }
  if (frame.status !== 'ending') throw new Error(`the story broke: ${frame.problems.map((p) => p.message).join('; ')}`);
  return frame.game;
}
