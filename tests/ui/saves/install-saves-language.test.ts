// @vitest-environment happy-dom
import { createResetHooks } from '../../../src/core/reset/reset-hooks.ts';
import { createSettingsStore } from '../../../src/core/settings/settings-store.ts';
import { defaultSettings } from '../../../src/core/settings/settings.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../src/app/app-context.ts';
import type { Controller } from '../../../src/app/controller.ts';
import { resolveMode } from '../../../src/app/modes.ts';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { AUTO_SLOT, slotKey } from '../../../src/core/save/save-slots.ts';
import type { Frame } from '../../../src/core/session/frame.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { installSaves, saveDateFormat } from '../../../src/features/saves/install-saves.ts';
import { Notices } from '../../../src/ui/dom/notices.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';
import { compileInk } from '../../support/compile-inline.ts';

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
  const storage = createMemoryStorage();
  const session = createSession({ engine: StoryEngine.fromJson(compileInk(STORY)), canonical: [] });
  const listeners: ((frame: Frame) => void)[] = [];
  let current: Frame | null = null;
  const controller = {
    onFrame: (listener: (frame: Frame) => void) => listeners.push(listener),
    get currentFrame() {
      return current;
    },
    begin: vi.fn(),
    onBegin: vi.fn(),
  };
  const root = document.createElement('div');
  const titleMenu = document.createElement('div');
  const readerBar = document.createElement('div');
  document.body.append(root, titleMenu, readerBar);
  const strings = lang === 'es' ? es : en;
  const context = {
    mode: resolveMode('').mode,
    lang,
    strings,
    controller: controller as unknown as Controller,
    session,
    storyHash: 'abcdef0123456789',
    storage,
    settings: createSettingsStore(storage, defaultSettings(false)),
    resets: createResetHooks(),
    notices: new Notices(root, strings.dismiss),
    titleMenu,
    readerBar,
    root,
  } satisfies AppContext;
  installSaves(context);
  current = session.begin({ kind: 'start' });
  for (const listener of listeners) listener(current);
  const parsed = parseSave(storage.read(slotKey(AUTO_SLOT)), context.storyHash);
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
