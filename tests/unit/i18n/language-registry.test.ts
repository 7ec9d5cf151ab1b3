import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_INFO,
  LANGUAGES,
  isLanguage,
  languageOfTag,
  localeOf,
} from '../../../src/core/settings/language.ts';
import { partOf, partOrFallback } from '../../../src/languages/part-of.ts';
import { registryLanguages } from '../../../tools/i18n/registry.mjs';

/** The parts every language folder has (src/languages/<id>/); the fallback language's pack is in the first script. */
const PARTS = ['record.ts', 'classroom.ts', 'kiosk.ts', 'documents.ts', 'glossary.ts', 'teacher.ts'];
/** The classroom documents every language after the first has in docs/<id>/ (the first's are in docs/). */
const DOCUMENTS = ['teacher-guide.md', 'role-cards.md', 'invented.md'];

describe('the language registry', () => {
  it('lists each language once, with a locale Intl accepts, English first as the fallback', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(2);
    expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
    expect(DEFAULT_LANGUAGE).toBe('en');
    for (const info of LANGUAGE_INFO) {
      expect(Intl.getCanonicalLocales(info.locale)).toEqual([info.locale]);
      expect(info.locale.toLowerCase().startsWith(`${info.id}-`)).toBe(true);
      expect(info.name.length).toBeGreaterThan(1);
    }
  });

  it('is the list the Node tools read (the ink plugin and the parity check read the same file)', () => {
    expect(registryLanguages()).toEqual([...LANGUAGES]);
  });

  it('gives every registry language its folders: story, interface parts, record text and documents', () => {
    const missing: string[] = [];
    const need = (path: string) => existsSync(path) || missing.push(path);
    for (const [i, lang] of LANGUAGES.entries()) {
      need(`story/${lang}/main.ink`);
      for (const part of PARTS) need(`src/languages/${lang}/${part}`);
      if (i === 0) continue;
      need(`src/languages/${lang}/pack-${lang}.ts`);
      for (const file of readdirSync('story/record').filter((f) => f.endsWith('.json')))
        need(`story/record/${lang}/${file}`);
      for (const doc of DOCUMENTS) need(`docs/${lang}/${doc}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no language folder that the registry does not list', () => {
    const folders = readdirSync('src/languages', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });

  it('matches browser tags by their primary subtag and refuses anything else', () => {
    expect(languageOfTag('es-MX')).toBe('es');
    expect(languageOfTag('EN-us')).toBe('en');
    expect(languageOfTag('tlh-XX')).toBeNull(); // Klingon: never shipped, so adding French changes no test
    expect(languageOfTag('estonian-ish')).toBeNull();
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('pseudo')).toBe(false);
    expect(isLanguage(7)).toBe(false);
    expect(localeOf('es')).toBe('es-MX');
    expect(localeOf('xx')).toBe(localeOf(DEFAULT_LANGUAGE));
  });

  it('finds a language part by its folder, and the fallback language part for a language without one', () => {
    const modules = { '../languages/en/record.ts': 'english', '../languages/es/record.ts': 'spanish' };
    expect(partOf(modules, 'es')).toBe('spanish');
    expect(partOf(modules, 'tlh')).toBeUndefined();
    expect(partOrFallback(modules, 'tlh')).toBe('english');
    expect(() => partOrFallback({}, 'tlh')).toThrow(/no part/);
  });
});

describe('code outside the language folders and tables', () => {
  it('never names a language of the registry (a new language edits no code)', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (path !== 'src/languages') walk(path);
          continue;
        }
        // The tables are a language's own words (their type is the English table's).
        if (!entry.name.endsWith('.ts') || /^src\/ui\/strings\/(en|es)[.-]/.test(path)) continue;
        if (path.endsWith('-es.ts')) continue; // Spanish parts kept where they were written (src/languages/es/ uses them)
        const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const lang of LANGUAGES) {
          if (new RegExp(`['"\`]${lang}(-[A-Z]{2}|-\\d{3})?['"\`]`).test(code) || new RegExp(`/${lang}/`).test(code))
            offenders.push(`${path} names ${lang}`);
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
