import { INITIAL_GAME, TRUST_KEYS, type GameState } from '../game/game-state.ts';
import type { SessionSnapshot } from '../session/session.ts';
import type { TranscriptEntry } from '../session/transcript.ts';
import { isOneOf } from '../is-one-of.ts';
import { isRecord } from '../is-record.ts';
import { AMBIENCE_IDS, EFFECT_IDS, MUSIC_IDS, SCENE_IDS, TIMES_OF_DAY } from '../stage/ids.ts';
import type { StageState } from '../stage/stage-state.ts';
import { isLanguage } from '../settings/language.ts';
import { SAVE_FORMAT, SAVE_FORMAT_VERSION, type SaveGame } from './save-game.ts';

/** Why a save cannot be used at all. The UI turns each into a plain sentence; nothing is changed or deleted. */
export type SaveRejection = 'too-large' | 'not-json' | 'not-ours' | 'newer-format' | 'damaged';

export type ParsedSave =
  | { readonly ok: true; readonly save: SaveGame; readonly sameEdition: boolean }
  | { readonly ok: false; readonly reason: SaveRejection; readonly detail: string };

/** Larger than any real save (the transcript is bounded): anything bigger is refused before parsing. */
export const MAX_SAVE_CHARS = 4_000_000;
const MAX_ID = 64;
const MAX_TEXT = 4_000;
const ID = /^[a-z][a-z0-9_]*$/;

/**
 * Parses untrusted save text (from storage, a file, or another game). Never throws; never trusts: every field is
 * checked for type, size and vocabulary, so a hostile file cannot inject markup, huge strings or bad ids.
 */
export function parseSave(text: unknown, currentStoryHash: string): ParsedSave {
  if (typeof text !== 'string') return reject('not-json', 'the save is not text');
  if (text.length > MAX_SAVE_CHARS)
    return reject('too-large', `the save is ${text.length} characters; the limit is ${MAX_SAVE_CHARS}`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return reject('not-json', 'the save is not valid JSON (it may be cut short)');
  }
  if (!isRecord(data) || data['format'] !== SAVE_FORMAT)
    return reject('not-ours', 'this is not a save from Avenida Viena, 1940');
  const version = data['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return reject('damaged', 'the save has no format version');
  if (version > SAVE_FORMAT_VERSION)
    return reject('newer-format', `the save was made by a newer version of the game (format ${version})`);
  try {
    const save = readSave(data);
    return { ok: true, save, sameEdition: save.storyHash === currentStoryHash };
  } catch (error) {
    return reject('damaged', error instanceof SaveFieldError ? error.message : 'the save could not be read');
  }
}

class SaveFieldError extends Error {}

function reject(reason: SaveRejection, detail: string): ParsedSave {
  return { ok: false, reason, detail };
}

function field<T>(ok: boolean, value: T, what: string): T {
  if (!ok) throw new SaveFieldError(`the save's ${what} is damaged`);
  return value;
}

function str(value: unknown, what: string, max = MAX_TEXT): string {
  return field(typeof value === 'string' && value.length <= max, value as string, what);
}

function id(value: unknown, what: string): string {
  return field(typeof value === 'string' && value.length <= MAX_ID && ID.test(value), value as string, what);
}

function nullable<T>(value: unknown, read: (v: unknown) => T): T | null {
  return value === null || value === undefined ? null : read(value);
}

function ids(value: unknown, what: string, max = 500): string[] {
  if (!Array.isArray(value) || value.length > max) throw new SaveFieldError(`the save's ${what} is damaged`);
  return value.map((v) => id(v, what));
}

function int(value: unknown, what: string, min = 0, max = 1_000_000): number {
  return field(
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
    value as number,
    what,
  );
}

function readSave(data: Record<string, unknown>): SaveGame {
  const snapshot = data['snapshot'];
  if (!isRecord(snapshot)) throw new SaveFieldError("the save's story position is missing");
  return {
    format: SAVE_FORMAT,
    formatVersion: data['formatVersion'] as number,
    storyHash: field(
      typeof data['storyHash'] === 'string' && /^[0-9a-f]{8,64}$/.test(data['storyHash']),
      data['storyHash'] as string,
      'story edition',
    ),
    lang: field(isLanguage(data['lang']), data['lang'] as string, 'language'),
    savedAt: field(
      typeof data['savedAt'] === 'string' && !Number.isNaN(Date.parse(data['savedAt'])),
      data['savedAt'] as string,
      'date',
    ),
    name: str(data['name'], 'name', 60),
    checkpoint: nullable(data['checkpoint'], (v) => id(v, 'chapter')),
    role: id(data['role'], 'role'),
    snapshot: readSnapshot(snapshot),
  };
}

function readSnapshot(data: Record<string, unknown>): SessionSnapshot {
  const ink = str(data['ink'], 'story position', MAX_SAVE_CHARS);
  try {
    if (!isRecord(JSON.parse(ink))) throw new SaveFieldError("the save's story position is damaged");
  } catch {
    throw new SaveFieldError("the save's story position is damaged");
  }
  return {
    ink,
    stage: readStage(data['stage']),
    game: readGame(data['game']),
    transcript: readTranscript(data['transcript']),
  };
}

function readStage(value: unknown): StageState {
  if (!isRecord(value)) throw new SaveFieldError("the save's scene is damaged");
  const oneOf = <T extends string>(list: readonly T[], v: unknown, what: string): T =>
    field(isOneOf(list, v), v as T, what);
  return {
    scene: oneOf(SCENE_IDS, value['scene'], 'scene'),
    time: oneOf(TIMES_OF_DAY, value['time'], 'time of day'),
    music: nullable(value['music'], (v) => oneOf(MUSIC_IDS, v, 'music')),
    ambience: nullable(value['ambience'], (v) => oneOf(AMBIENCE_IDS, v, 'ambience')),
    effect: nullable(value['effect'], (v) => oneOf(EFFECT_IDS, v, 'effect')),
    measures: ids(value['measures'], 'security measures', 50),
  };
}

function readGame(value: unknown): GameState {
  if (!isRecord(value)) throw new SaveFieldError("the save's game state is damaged");
  const trustIn = value['trust'];
  if (!isRecord(trustIn)) throw new SaveFieldError("the save's relationships are damaged");
  const trust = { ...INITIAL_GAME.trust };
  for (const key of TRUST_KEYS) trust[key] = int(trustIn[key] ?? 0, 'relationships', 0, 100);
  const entries = (v: unknown, what: string) => {
    if (!Array.isArray(v) || v.length > 500) throw new SaveFieldError(`the save's ${what} is damaged`);
    return v.map((e) => {
      if (!isRecord(e)) throw new SaveFieldError(`the save's ${what} is damaged`);
      return {
        id: id(e['id'] ?? e['beat'], what),
        turn: int(e['turn'], what),
        checkpoint: nullable(e['checkpoint'], (c) => id(c, what)),
      };
    });
  };
  const measures = ids(value['measures'], 'security measures', 50);
  return {
    role: id(value['role'], 'role'),
    measures,
    // Saves from before the notebook have no log: their measures came in a chapter the save does not say.
    measuresAdded:
      value['measuresAdded'] === undefined
        ? measures.map((m) => ({ id: m, checkpoint: null }))
        : readMeasuresAdded(value['measuresAdded']),
    proposalsRefused: int(value['proposalsRefused'] ?? 0, 'refused proposals', 0, 1000),
    lettersHome: int(value['lettersHome'] ?? 0, 'letters home', 0, 1000),
    trust,
    known: ids(value['known'], 'knowledge', 100),
    chronicle: entries(value['chronicle'], 'chronicle').map((e) => ({
      beat: e.id,
      turn: e.turn,
      checkpoint: e.checkpoint,
    })),
    pushbacks: entries(value['pushbacks'], 'attempts to change history'),
    views: ids(value['views'], 'views', 50),
    recalls: ids(value['recalls'], 'archive'),
    cites: ids(value['cites'], 'sources'),
    checkpoint: nullable(value['checkpoint'], (v) => id(v, 'chapter')),
    checkpointsReached: ids(value['checkpointsReached'], 'chapters', 50),
    turn: int(value['turn'], 'turn'),
    // Saves made before the classroom cut have no telling: they were all full.
    telling: value['telling'] === 'cut' ? 'cut' : 'full',
  };
}

function readMeasuresAdded(value: unknown): GameState['measuresAdded'] {
  if (!Array.isArray(value) || value.length > 50) throw new SaveFieldError("the save's security measures are damaged");
  return value.map((e) => {
    if (!isRecord(e)) throw new SaveFieldError("the save's security measures are damaged");
    return { id: id(e['id'], 'security measures'), checkpoint: nullable(e['checkpoint'], (c) => id(c, 'chapter')) };
  });
}

function readTranscript(value: unknown): TranscriptEntry[] {
  if (!Array.isArray(value) || value.length > 5_000) throw new SaveFieldError("the save's history is damaged");
  return value.map((entry): TranscriptEntry => {
    if (!isRecord(entry)) throw new SaveFieldError("the save's history is damaged");
    if (entry['kind'] === 'choice') return { kind: 'choice', text: str(entry['text'], 'history') };
    if (entry['kind'] === 'line') {
      return {
        kind: 'line',
        text: str(entry['text'], 'history'),
        record: nullable(entry['record'], (v) => id(v, 'history')),
        classes: ids(entry['classes'] ?? [], 'history', 10),
      };
    }
    throw new SaveFieldError("the save's history is damaged");
  });
}
