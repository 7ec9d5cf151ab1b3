import { AMBIENCE_IDS, EFFECT_IDS, MUSIC_IDS, SCENE_IDS, SFX_IDS, TEXT_CLASSES, TIMES_OF_DAY } from '../stage/ids.ts';
import { META_KEYS, type Command } from './command.ts';
import { isOneOf } from '../is-one-of.ts';

export type TagResult =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly problem: string };

const ID = /^[a-z][a-z0-9_]*$/;
const MAX_TAG_LENGTH = 200;

/**
 * Parses one ink tag: `key[: value]`. Keys are case-insensitive (Inky's `CLEAR`, `AUDIO: x` map onto ours).
 * Never throws: an unknown key or a bad value comes back as a problem string for the Frame.
 */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  if (text.length === 0) return fail('empty tag');
  if (text.length > MAX_TAG_LENGTH) return fail(`tag longer than ${MAX_TAG_LENGTH} characters`);
  const colon = text.indexOf(':');
  const key = (colon === -1 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();
  const bad = (what: string) => fail(`tag "${text}": ${what}`);
  const ok = (command: Command): TagResult => ({ ok: true, command });
  const needsId = (make: (id: string) => Command): TagResult =>
    ID.test(value) ? ok(make(value)) : bad('expects an id of lowercase letters, digits and _');
  const noValue = (command: Command): TagResult => (value === '' ? ok(command) : bad('takes no value'));

  switch (key) {
    case 'checkpoint':
      return needsId((id) => ({ kind: 'checkpoint', id }));
    case 'scene':
    case 'image':
      return isOneOf(SCENE_IDS, value) ? ok({ kind: 'scene', scene: value }) : bad('unknown scene');
    case 'time':
      return isOneOf(TIMES_OF_DAY, value) ? ok({ kind: 'time', time: value }) : bad('unknown time of day');
    case 'music':
      if (value === 'none') return ok({ kind: 'music', music: null });
      return isOneOf(MUSIC_IDS, value) ? ok({ kind: 'music', music: value }) : bad('unknown music');
    case 'ambience':
    case 'audioloop':
      if (value === 'none') return ok({ kind: 'ambience', ambience: null });
      return isOneOf(AMBIENCE_IDS, value) ? ok({ kind: 'ambience', ambience: value }) : bad('unknown ambience');
    case 'sfx':
    case 'audio':
      return isOneOf(SFX_IDS, value) ? ok({ kind: 'sfx', sfx: value }) : bad('unknown sound effect');
    case 'effect':
      if (value === 'none') return ok({ kind: 'effect', effect: null });
      return isOneOf(EFFECT_IDS, value) ? ok({ kind: 'effect', effect: value }) : bad('unknown effect');
    case 'class':
      return isOneOf(TEXT_CLASSES, value) ? ok({ kind: 'class', textClass: value }) : bad('unknown text class');
    case 'record':
      return needsId((beat) => ({ kind: 'record', beat }));
    case 'recall':
      return needsId((beat) => ({ kind: 'recall', beat }));
    case 'cite':
      return needsId((source) => ({ kind: 'cite', source }));
    case 'pushback':
      return needsId((id) => ({ kind: 'pushback', id }));
    case 'view':
      return needsId((id) => ({ kind: 'view', id }));
    case 'invented':
      return noValue({ kind: 'invented' });
    case 'pause':
      return noValue({ kind: 'pause' });
    case 'clear':
      return noValue({ kind: 'clear' });
    case 'restart':
      return noValue({ kind: 'restart' });
    default:
      if (isOneOf(META_KEYS, key)) {
        return value === '' ? bad('needs a value') : ok({ kind: 'meta', key, value });
      }
      return fail(`unknown tag key "${key}"`);
  }
}

function fail(problem: string): TagResult {
  return { ok: false, problem };
}
