import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';
import { enRecord } from '../../../src/ui/strings/en-record.ts';
import { esRecord } from '../../../src/ui/strings/es-record.ts';
import { enClassroom } from '../../../src/ui/strings/en-classroom.ts';
import { esClassroom } from '../../../src/ui/strings/es-classroom.ts';
import { enKiosk } from '../../../src/ui/strings/en-kiosk.ts';
import { esKiosk } from '../../../src/ui/strings/es-kiosk.ts';
import { ES_CAPTIONS } from '../../../src/ui/strings/es-captions.ts';
import { oneshotCaptions as ES_ONESHOT_CAPTIONS } from '../../../src/languages/es/oneshot-captions.ts';
import { ONESHOT_CAPTIONS } from '../../../src/core/audio/ambient-events.ts';
import { SFX_SOUNDS } from '../../../src/core/audio/sound-catalog.ts';

/** Words that are the same in both languages on purpose (names, the title, "Normal", "no"). Reviewed one by one. */
const SAME_IN_BOTH = new Set([
  'Avenida Viena, 1940',
  'Avenida Viena',
  'Patio',
  'Normal',
  'Atkinson Hyperlegible',
  'OpenDyslexic',
  'no',
  'Glosario',
]);

/** Every leaf of a table as [path, text]; functions are called with sample arguments so their words are compared. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const call = value as (...a: unknown[]) => unknown;
    if (path === 'formatDate') return [[`${path}()`, String(call('1940-05-24'))]];
    // A count first (most functions take one); a function that needs text gets text placeholders instead.
    try {
      return [[`${path}()`, String(call(...Array.from({ length: call.length }, (_, i) => (i === 0 ? 2 : `«${i}»`))))]];
    } catch {
      return [[`${path}()`, String(call(...Array.from({ length: call.length }, (_, i) => `«${i}»`)))]];
    }
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}

/** A function that only arranges its arguments ("2, «1»") has no words of its own to translate. */
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/«\d»/g, ''));

const TABLES = [
  ['interface (en.ts → es.ts)', en, es],
  ['record (en-record.ts → es-record.ts)', enRecord, esRecord],
  ['classroom (en-classroom.ts → es-classroom.ts)', enClassroom, esClassroom],
  ['kiosk visitor screens (en-kiosk.ts → es-kiosk.ts)', pickVisitor(enKiosk), esKiosk],
  [
    'sound captions (sound-catalog.ts → es-captions.ts)',
    Object.fromEntries(Object.entries(SFX_SOUNDS).map(([id, s]) => [id, s.caption])),
    ES_CAPTIONS,
  ],
  [
    'ambient one-shot captions (ambient-events.ts → languages/es/oneshot-captions.ts)',
    ONESHOT_CAPTIONS,
    ES_ONESHOT_CAPTIONS,
  ],
] as const;

function pickVisitor(table: typeof enKiosk) {
  const { attractLabel, touchToBegin, attractLines, warningTitle, warningBody, warningCountdown, stillHere } = table;
  return { attractLabel, touchToBegin, attractLines, warningTitle, warningBody, warningCountdown, stillHere };
}

/** The parity check: every problem of a translated table against its English one (an empty list passes). */
function parityProblems(english: unknown, spanish: unknown): string[] {
  const spanishLeaves = new Map(leaves(spanish));
  const englishPaths = new Set(leaves(english).map(([path]) => path));
  const problems: string[] = [];
  for (const [path, text] of leaves(english)) {
    const translated = spanishLeaves.get(path);
    if (translated === undefined) problems.push(`${path}: missing`);
    else if (translated.trim() === '') problems.push(`${path}: empty`);
    else if (translated === text && !SAME_IN_BOTH.has(text) && hasWords(text))
      problems.push(`${path}: still English ("${text}")`);
  }
  for (const path of spanishLeaves.keys()) if (!englishPaths.has(path)) problems.push(`${path}: not in English`);
  return problems;
}

describe('interface parity between English and Spanish', () => {
  it.each(TABLES)(
    'every key of the %s table has a Spanish value that is not empty and not left in English',
    (_name, english, spanish) => {
      expect(parityProblems(english, spanish)).toEqual([]);
    },
  );

  it('fails on planted faults in a real table: a string left in English, an empty one, a missing key and an extra one', () => {
    const { begin: _dropped, ...withoutBegin } = es;
    const planted = { ...withoutBegin, continueStory: en.continueStory, theEnd: ' ', extra: 'sobrante' };
    expect(parityProblems(en, planted).sort()).toEqual([
      'begin: missing',
      `continueStory: still English ("${en.continueStory}")`,
      'extra: not in English',
      'theEnd: empty',
    ]);
  });

  it('fails on a function whose words were left in English, and passes names that are the same on purpose', () => {
    const english = { title: 'Avenida Viena, 1940', options: (n: number) => `${n} options` };
    expect(parityProblems(english, { title: 'Avenida Viena, 1940', options: (n: number) => `${n} options` })).toEqual([
      'options(): still English ("2 options")',
    ]);
    expect(parityProblems(english, { title: 'Avenida Viena, 1940', options: (n: number) => `${n} opciones` })).toEqual(
      [],
    );
  });

  it('writes Spanish record dates the Spanish way, and role titles in lower case inside a sentence', () => {
    expect(esRecord.formatDate('1940-05-24')).toBe('24 de mayo de 1940');
    expect(esRecord.formatDate('1940-10')).toBe('octubre de 1940');
    expect(esRecord.formatDate('1941')).toBe('1941');
    expect(enRecord.formatDate('1940-05-24')).toBe('24 May 1940');
    expect(esRecord.youPlayed('El camionero')).toBe('Jugaste como el camionero.');
  });
});
