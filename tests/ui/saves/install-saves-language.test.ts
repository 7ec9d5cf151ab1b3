// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { AUTO_SLOT, slotKey } from '../../../src/core/save/save-slots.ts';
import { saveDateFormat } from '../../../src/features/saves/install-saves.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';
import { HARNESS_STORY_HASH, installSavesAndBegin } from '../../support/saves-harness.ts';

const STORY = `
LIST roles = teamster, student, mexican
VAR role = teamster
-> ch1_arrival
=== ch1_arrival
# checkpoint: ch1_arrival
The gate is barred.
* [Wait] You wait.
  -> END
`;

/** Installs saves for one page language and shows the story's first frame (a new chapter: it saves at once). */
function playIn(lang: 'en' | 'es') {
  const storage = installSavesAndBegin(STORY, lang, lang === 'es' ? es : en);
  const parsed = parseSave(storage.read(slotKey(AUTO_SLOT)), HARNESS_STORY_HASH);
  if (!parsed.ok) throw new Error(`the autosave did not parse: ${JSON.stringify(parsed)}`);
  return parsed.save;
}

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: new Date('2026-05-24T10:30:00Z'), toFake: ['Date'] });
});

describe('saves in the page language', () => {
  it('records Spanish as the language of a save made in Spanish, and names it with a Spanish month', () => {
    const save = playIn('es');
    expect(save.lang).toBe('es');
    expect(save.name).toMatch(/may/); // "mayo" abbreviated in es-MX ("24 may 2026"), not "May"
    expect(save.name).not.toMatch(/May/);
    expect(save.name).toContain(es.chapterNames['ch1_arrival']);
  });

  it('records English as the language of a save made in English, with an English month', () => {
    const save = playIn('en');
    expect(save.lang).toBe('en');
    expect(save.name).toContain('May');
    expect(save.name).toContain(en.chapterNames['ch1_arrival']);
  });

  it('formats dates through the locale of the registry for each language', () => {
    const date = new Date(2026, 0, 7, 14, 5);
    expect(saveDateFormat('es')(date)).toMatch(/ene/);
    expect(saveDateFormat('en')(date)).toMatch(/Jan/);
  });
});
