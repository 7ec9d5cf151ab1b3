import { describe, expect, it } from 'vitest';
import { RECORD } from '../../../src/core/record/record-data.ts';
import { LANGUAGES } from '../../../src/core/settings/language.ts';
import { loadRecordFor, recordFor } from '../../../src/languages/record-for-language.ts';

const translatedLanguage = LANGUAGES[1]!;

describe('the record in the page language', () => {
  it('refuses to be read in a translated language before its text has loaded', () => {
    expect(() => recordFor(translatedLanguage)).toThrow(/before loadRecordFor/);
  });

  it('is the shipped record in the fallback language, with nothing to load', () => {
    expect(recordFor(LANGUAGES[0]!)).toBe(RECORD);
  });

  it('merges the translated text over the record once loaded, keeping ids and sources', async () => {
    const record = await loadRecordFor(translatedLanguage);
    expect(recordFor(translatedLanguage)).toBe(record);
    expect(record.beats.map((b) => b.id)).toEqual(RECORD.beats.map((b) => b.id));
    expect(record.beats[0]!.title).not.toBe(RECORD.beats[0]!.title);
  });
});
