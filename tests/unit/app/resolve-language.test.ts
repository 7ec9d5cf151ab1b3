import { describe, expect, it } from 'vitest';
import { addressWithLanguage, resolveLanguage } from '../../../src/app/resolve-language.ts';

const NONE = { search: '', remembered: null, browser: [] } as const;

describe('resolveLanguage', () => {
  it('takes the language from the address first, over the remembered choice and the browser', () => {
    expect(resolveLanguage({ search: '?lang=es', remembered: 'en', browser: ['en-US'] })).toEqual({
      lang: 'es',
      source: 'address',
      problems: [],
    });
    expect(resolveLanguage({ search: '?mode=kiosk&lang=EN', remembered: 'es', browser: ['es-MX'] }).lang).toBe('en');
  });

  it.each([
    ['an unknown language', '?lang=tlh', 'tlh'],
    ['markup', '?lang=<script>', '?script?'],
    ['a very long value', `?lang=${'x'.repeat(500)}`, 'x'.repeat(40)],
  ])('ignores %s in the address with a problem message and falls back', (_name, search, shown) => {
    const resolved = resolveLanguage({ search, remembered: 'es', browser: [] });
    expect(resolved.lang).toBe('es');
    expect(resolved.source).toBe('remembered');
    expect(resolved.problems).toEqual([`Unknown language "${shown}" in the address: ignored.`]);
  });

  it('uses the remembered choice when the address says nothing', () => {
    expect(resolveLanguage({ search: '?mode=browser', remembered: 'es', browser: ['en-GB'] })).toEqual({
      lang: 'es',
      source: 'remembered',
      problems: [],
    });
  });

  it('gives Spanish to a browser that prefers any Spanish before English', () => {
    expect(resolveLanguage({ ...NONE, browser: ['es-MX', 'en'] })).toEqual({
      lang: 'es',
      source: 'browser',
      problems: [],
    });
    expect(resolveLanguage({ ...NONE, browser: ['de', 'es-419'] }).lang).toBe('es');
    expect(resolveLanguage({ ...NONE, browser: ['en-US', 'es'] }).lang).toBe('en');
  });

  it('falls back to English when nothing else decides', () => {
    expect(resolveLanguage(NONE)).toEqual({ lang: 'en', source: 'default', problems: [] });
    expect(resolveLanguage({ ...NONE, browser: ['tlh-XX', 'x-klingon'] }).source).toBe('default');
    expect(resolveLanguage({ ...NONE, search: `?lang=es&x=${'y'.repeat(3000)}` }).lang).toBe('en');
  });
});

describe('addressWithLanguage', () => {
  it('sets the language and keeps every other parameter', () => {
    expect(addressWithLanguage('?mode=kiosk&idle=3&lang=en', 'es')).toBe('?mode=kiosk&idle=3&lang=es');
    expect(addressWithLanguage('', 'en')).toBe('?lang=en');
    expect(addressWithLanguage('?mode=kiosk', 'es', { visit: 'begin' })).toBe('?mode=kiosk&lang=es&visit=begin');
  });
});
