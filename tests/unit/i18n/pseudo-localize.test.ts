import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/app/resolve-language.ts';
import { PSEUDO_MARK, isPseudo, pseudoTable, pseudoText } from '../../../src/dev/pseudo/pseudo-localize.ts';
import { en } from '../../../src/ui/strings/en.ts';

const letters = (s: string) => Array.from(s).filter((c) => /\p{L}/u.test(c)).length;

describe('the pseudo-locale', () => {
  it('accents every Latin letter, marks both ends and keeps digits and punctuation', () => {
    const text = pseudoText('Slot 3: Settings, saved.');
    expect(text.startsWith(PSEUDO_MARK) && text.endsWith(PSEUDO_MARK)).toBe(true);
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).toContain(' 3: ');
    expect(text).toContain(', ');
    expect(isPseudo(text)).toBe(true);
    expect(isPseudo('Settings')).toBe(false);
  });

  it('makes each word about 30 % longer, so long words stay long and get longer', () => {
    for (const word of ['Settings', 'Chapters', 'Rename', 'OK']) {
      const grown = letters(pseudoText(word));
      expect(grown).toBe(word.length + Math.ceil(word.length * 0.3));
    }
  });

  it('is idempotent, so text built from table text is not stretched twice', () => {
    const once = pseudoText('Continue');
    expect(pseudoText(once)).toBe(once);
  });

  it('rewrites a whole table: nested strings, arrays and what functions return, keeping every key', () => {
    const table = pseudoTable(en);
    expect(Object.keys(table)).toEqual(Object.keys(en));
    expect(isPseudo(table.begin)).toBe(true);
    expect(isPseudo(table.settings.themes.dark)).toBe(true);
    expect(isPseudo(table.saves.slot(2))).toBe(true);
    expect(table.saves.slot(2)).toContain('2');
    expect(isPseudo(table.chapterNames['ch1_arrival'] ?? '')).toBe(true);
  });

  it('is reachable by the address only where the build offers it, never as a registry language', () => {
    const none = { remembered: null, browser: [] };
    expect(resolveLanguage({ ...none, search: '?lang=pseudo' }).lang).toBe('en');
    expect(resolveLanguage({ ...none, search: '?lang=pseudo', extra: ['pseudo'] })).toEqual({
      lang: 'pseudo',
      source: 'address',
      problems: [],
    });
  });
});
