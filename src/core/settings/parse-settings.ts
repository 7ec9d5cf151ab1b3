import type { AudioVolumes } from '../audio/audio-port.ts';
import { LINE_SPACINGS, MOTIONS, TEXT_SIZES, TEXT_SPEEDS, THEMES, TYPEFACES, type Settings } from './settings.ts';
import { isOneOf } from '../is-one-of.ts';
import { isRecord } from '../is-record.ts';
import { LANGUAGES, isLanguage } from './language.ts';

/** Stored settings larger than this are not ours (the real thing is about 300 characters). */
export const MAX_SETTINGS_CHARS = 4_000;

export interface ParsedSettings {
  readonly settings: Settings;
  /** Which fields fell back to their defaults, for the console; empty when everything was read. */
  readonly problems: readonly string[];
}

/**
 * Reads stored settings field by field. Never throws: text that is missing, corrupt, too large or from another
 * version gives the defaults for whatever cannot be read, and keeps every field that can.
 */
export function parseSettings(text: unknown, defaults: Settings): ParsedSettings {
  if (text === null || text === undefined) return { settings: defaults, problems: [] };
  if (typeof text !== 'string' || text.length > MAX_SETTINGS_CHARS)
    return { settings: defaults, problems: ['settings are not readable text'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { settings: defaults, problems: ['settings are not valid JSON'] };
  }
  if (!isRecord(data)) return { settings: defaults, problems: ['settings are not an object'] };
  const problems: string[] = [];
  const pick = <T extends string>(list: readonly T[], key: keyof Settings, fallback: T): T => {
    const value = data[key];
    if (value === undefined) return fallback;
    if (isOneOf(list, value)) return value;
    problems.push(`${key} was not one of ${list.join(', ')}`);
    return fallback;
  };
  const language = data['language'];
  if (language !== undefined && language !== null && !isLanguage(language))
    problems.push(`language was not one of ${LANGUAGES.join(', ')}`);
  const captions = data['captions'];
  if (captions !== undefined && typeof captions !== 'boolean') problems.push('captions was not true or false');
  const marks = data['marks'];
  if (marks !== undefined && typeof marks !== 'boolean') problems.push('marks was not true or false');
  return {
    settings: {
      textSize: pick(TEXT_SIZES, 'textSize', defaults.textSize),
      lineSpacing: pick(LINE_SPACINGS, 'lineSpacing', defaults.lineSpacing),
      typeface: pick(TYPEFACES, 'typeface', defaults.typeface),
      theme: pick(THEMES, 'theme', defaults.theme),
      motion: pick(MOTIONS, 'motion', defaults.motion),
      textSpeed: pick(TEXT_SPEEDS, 'textSpeed', defaults.textSpeed),
      captions: typeof captions === 'boolean' ? captions : defaults.captions,
      marks: typeof marks === 'boolean' ? marks : defaults.marks,
      volumes: readVolumes(data['volumes'], defaults.volumes, problems),
      language: isLanguage(language) ? language : defaults.language,
    },
    problems,
  };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

function readVolumes(value: unknown, defaults: AudioVolumes, problems: string[]): AudioVolumes {
  if (value === undefined) return defaults;
  if (!isRecord(value)) {
    problems.push('volumes were not an object');
    return defaults;
  }
  const level = (key: 'master' | 'music' | 'ambience' | 'sfx'): number => {
    const v = value[key];
    if (v === undefined) return defaults[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1) return v;
    problems.push(`volume ${key} was not between 0 and 1`);
    return defaults[key];
  };
  const muted = value['muted'];
  if (muted !== undefined && typeof muted !== 'boolean') problems.push('mute was not true or false');
  return {
    master: level('master'),
    music: level('music'),
    ambience: level('ambience'),
    sfx: level('sfx'),
    muted: typeof muted === 'boolean' ? muted : defaults.muted,
  };
}
