import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../src/app/page-language.ts';
import type { EarlyStory, StoryTable } from '../../../src/app/story-table.ts';
import { LANGUAGES } from '../../../src/core/settings/language.ts';
import { SETTINGS_KEY } from '../../../src/core/settings/settings.ts';

// src/boot/early-mode.js is a plain classic script (it runs before any module, under a CSP that allows no
// inline script), so it keeps its own copy of the page's language rule. These tests run the real file in a bare
// context with a fake page and hold it to src/app/page-language.ts, the rule main.ts boots with.
const EARLY_SCRIPT = readFileSync('src/boot/early-mode.js', 'utf8');
const TABLE: StoryTable = {
  languages: [...LANGUAGES],
  stories: Object.fromEntries(LANGUAGES.map((lang) => [lang, { url: `./assets/story-${lang}.json`, hash: lang }])),
};

const CLOSED = Symbol('closed storage');

interface PageInputs {
  readonly search: string;
  /** What localStorage holds under the settings key; CLOSED throws on every read (private mode, policies). */
  readonly stored: string | null | typeof CLOSED;
  readonly browser: readonly string[];
  readonly table?: string | null;
  readonly answer?: () => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;
}

interface EarlyRun {
  readonly fetched: string[];
  readonly early: EarlyStory | undefined;
  readonly bootMode: string | null;
}

function runEarlyScript(inputs: PageInputs): EarlyRun {
  const fetched: string[] = [];
  const attributes = new Map<string, string>();
  const tableText = inputs.table === undefined ? JSON.stringify(TABLE) : inputs.table;
  const window: Record<string, unknown> = {
    location: { search: inputs.search },
    localStorage: {
      getItem(key: string) {
        if (inputs.stored === CLOSED) throw new Error('SecurityError');
        return key === `avenida-viena:${SETTINGS_KEY}` ? inputs.stored : null;
      },
    },
  };
  const context = {
    window,
    document: {
      documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
      getElementById: (id: string) => (id === 'stories' && tableText !== null ? { textContent: tableText } : null),
    },
    navigator: { languages: inputs.browser, language: inputs.browser[0] ?? 'en' },
    URLSearchParams,
    JSON,
    Array,
    String,
    Error,
    fetch: (url: string) => {
      fetched.push(url);
      return inputs.answer
        ? inputs.answer()
        : Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(url) });
    },
  };
  runInNewContext(EARLY_SCRIPT, context);
  return {
    fetched,
    early: window['__earlyStory'] as EarlyStory | undefined,
    bootMode: attributes.get('data-boot-mode') ?? null,
  };
}

const SEARCHES = [
  '',
  '?lang=es',
  '?lang=EN',
  '?lang=Es',
  '?lang=tlh',
  '?lang=',
  '?mode=kiosk',
  '?mode=KIOSK&lang=es',
  '?mode=kiosk&lang=tlh',
  '?mode=classroom',
  '?mode=kiosks',
  `?lang=es&pad=${'x'.repeat(2100)}`,
  `?mode=kiosk&pad=${'x'.repeat(2100)}`,
];
const STORED = [
  null,
  '{"language":"es"}',
  '{"language":"en","textSize":"huge"}',
  '{"language":"fr"}',
  '{"language":null}',
  '["es"]',
  'null',
  'not json',
  `{"language":"es","pad":"${'x'.repeat(4100)}"}`,
  CLOSED,
] as const;
const BROWSERS: readonly (readonly string[])[] = [[], ['es-MX'], ['en-US', 'es'], ['fr-FR', 'ES'], ['de', 'pt-BR']];

describe('the early story download', () => {
  it('fetches the story of the language main.ts resolves, for every address, remembered choice and browser', () => {
    let cases = 0;
    for (const search of SEARCHES)
      for (const stored of STORED)
        for (const browser of BROWSERS) {
          const main = pageLanguage({ search, storedSettings: stored === CLOSED ? null : stored, browser });
          const run = runEarlyScript({ search, stored, browser });
          const expected = TABLE.stories[main.lang]?.url;
          expect(run.fetched, JSON.stringify({ search: search.slice(0, 40), stored: String(stored), browser })).toEqual(
            [expected],
          );
          expect(run.early?.url).toBe(expected);
          cases++;
        }
    expect(cases).toBe(SEARCHES.length * STORED.length * BROWSERS.length);
  });

  it('reaches every registry language through the matrix, so agreement is not agreement on one answer', () => {
    const seen = new Set(SEARCHES.flatMap((search) => runEarlyScript({ search, stored: null, browser: [] }).fetched));
    seen.add(runEarlyScript({ search: '', stored: null, browser: ['es-MX'] }).fetched[0] ?? '');
    expect([...seen].sort()).toEqual(LANGUAGES.map((lang) => TABLE.stories[lang]?.url).sort());
  });

  it('hands over the text of the file it fetched', async () => {
    const run = runEarlyScript({ search: '?lang=es', stored: null, browser: [] });
    await expect(run.early?.text).resolves.toBe('./assets/story-es.json');
  });

  it('hands over a refused download as a rejection that is already handled, with the status', async () => {
    const answer = () => Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve('Not found') });
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    const run = runEarlyScript({ search: '', stored: null, browser: [], answer });
    await new Promise((done) => setTimeout(done, 20));
    process.off('unhandledRejection', listener);
    expect(unhandled).toEqual([]);
    await expect(run.early?.text).rejects.toThrow('story file answered 404');
  });

  it.each([
    ['no story table', null],
    ['a table that is not JSON', '{"languages":'],
    ['a table without languages', '{"stories":{}}'],
  ])('starts nothing with %s, and still marks a kiosk', (_name, table) => {
    const run = runEarlyScript({ search: '?mode=kiosk', stored: null, browser: [], table });
    expect(run.fetched).toEqual([]);
    expect(run.early).toBeUndefined();
    expect(run.bootMode).toBe('kiosk');
  });

  it('marks only a kiosk before the first paint', () => {
    expect(runEarlyScript({ search: '?mode=Kiosk', stored: null, browser: [] }).bootMode).toBe('kiosk');
    expect(runEarlyScript({ search: '?mode=classroom', stored: null, browser: [] }).bootMode).toBeNull();
    expect(runEarlyScript({ search: '', stored: null, browser: [] }).bootMode).toBeNull();
  });
});
