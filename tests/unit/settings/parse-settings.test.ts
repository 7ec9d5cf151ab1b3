import { LANGUAGES } from '../../../src/core/settings/language.ts';
import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS_CHARS, parseSettings, serializeSettings } from '../../../src/core/settings/parse-settings.ts';
import { defaultSettings, resolveReducedMotion, type Settings } from '../../../src/core/settings/settings.ts';

const DEFAULTS = defaultSettings(false);

const CHOSEN: Settings = {
  textSize: 'larger',
  lineSpacing: 'wide',
  typeface: 'dyslexic',
  theme: 'contrast',
  motion: 'reduced',
  textSpeed: 'instant',
  captions: true,
  marks: true,
  volumes: { master: 0.5, music: 0, ambience: 0.25, sfx: 1, muted: true },
  language: 'es',
};

describe('parseSettings', () => {
  it('reads back every field it wrote', () => {
    const parsed = parseSettings(serializeSettings(CHOSEN), DEFAULTS);
    expect(parsed.settings).toEqual(CHOSEN);
    expect(parsed.problems).toEqual([]);
  });

  it('has no language until the player chooses one, and ignores a language the game does not ship', () => {
    expect(DEFAULTS.language).toBeNull();
    const parsed = parseSettings('{"language":"tlh","theme":"dark"}', DEFAULTS);
    expect(parsed.settings.language).toBeNull();
    expect(parsed.settings.theme).toBe('dark');
    expect(parsed.problems).toEqual([`language was not one of ${LANGUAGES.join(', ')}`]);
    expect(parseSettings('{"language":"es"}', DEFAULTS).settings.language).toBe('es');
  });

  it('gives the defaults when nothing is stored, without a problem', () => {
    expect(parseSettings(null, DEFAULTS)).toEqual({ settings: DEFAULTS, problems: [] });
  });

  it('takes the captions default from the mode', () => {
    expect(defaultSettings(true).captions).toBe(true);
    expect(parseSettings(null, defaultSettings(true)).settings.captions).toBe(true);
  });

  it('marks what is invented and sourced by default only where the mode says so, and keeps what the reader chose', () => {
    expect(defaultSettings(false).marks).toBe(false);
    expect(defaultSettings(true, true).marks).toBe(true);
    expect(parseSettings('{"marks":false}', defaultSettings(true, true)).settings.marks).toBe(false);
    const bad = parseSettings('{"marks":"yes"}', defaultSettings(false, true));
    expect(bad.settings.marks).toBe(true);
    expect(bad.problems).toEqual(['marks was not true or false']);
  });

  it('starts muted when the mode says so, and a stored choice to hear the sound wins', () => {
    expect(defaultSettings(false).volumes.muted).toBe(false);
    const classroom = defaultSettings(true, true, true);
    expect(parseSettings(null, classroom).settings.volumes.muted).toBe(true);
    const heard = JSON.stringify({ volumes: { ...classroom.volumes, muted: false } });
    expect(parseSettings(heard, classroom).settings.volumes.muted).toBe(false);
  });

  it.each([
    ['truncated JSON', '{"theme":"dark",'],
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['JSON null', 'null'],
    ['too long', `{"theme":"dark","x":"${'a'.repeat(MAX_SETTINGS_CHARS)}"}`],
    ['not text at all', 12],
  ])('falls back to the defaults for %s', (_name, text) => {
    const parsed = parseSettings(text, DEFAULTS);
    expect(parsed.settings).toEqual(DEFAULTS);
    expect(parsed.problems.length).toBeGreaterThan(0);
  });

  it('keeps the good fields and defaults only the bad ones', () => {
    const text = JSON.stringify({
      theme: 'dark',
      textSize: 'enormous',
      typeface: '<script>',
      captions: 'yes',
      volumes: { master: 0.3, music: 7, ambience: -1, sfx: 'loud', muted: 'no' },
    });
    const parsed = parseSettings(text, DEFAULTS);
    expect(parsed.settings.theme).toBe('dark');
    expect(parsed.settings.textSize).toBe(DEFAULTS.textSize);
    expect(parsed.settings.typeface).toBe(DEFAULTS.typeface);
    expect(parsed.settings.captions).toBe(DEFAULTS.captions);
    expect(parsed.settings.volumes).toEqual({ ...DEFAULTS.volumes, master: 0.3 });
    expect(parsed.problems).toHaveLength(7);
  });

  it('never throws on random input', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['{', '}', '"theme"', ':', '"dark"', ',', '"volumes"', '[', ']', 'null', '1e999', '"muted"', 'true'];
    for (let i = 0; i < 500; i++) {
      const text = Array.from(
        { length: Math.floor(next() * 12) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      const parsed = parseSettings(text, DEFAULTS);
      expect(Object.keys(parsed.settings).sort()).toEqual(Object.keys(DEFAULTS).sort());
    }
  });
});

describe('resolveReducedMotion', () => {
  it('follows the device only when the setting is "system"', () => {
    expect(resolveReducedMotion('system', true)).toBe(true);
    expect(resolveReducedMotion('system', false)).toBe(false);
    expect(resolveReducedMotion('reduced', false)).toBe(true);
    expect(resolveReducedMotion('full', true)).toBe(false);
  });
});
