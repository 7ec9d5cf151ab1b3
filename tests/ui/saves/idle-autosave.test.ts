// @vitest-environment happy-dom
// The autosave after a choice runs in idle time. The first one of a page also has to load the date format's locale
// data (the first Intl.DateTimeFormat of a page): that happens in one idle callback and the save in the next, so
// neither holds the page long (issue 18).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../src/app/app-context.ts';
import type { Controller } from '../../../src/app/controller.ts';
import { resolveMode } from '../../../src/app/modes.ts';
import { createResetHooks } from '../../../src/core/reset/reset-hooks.ts';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { AUTO_SLOT, slotKey } from '../../../src/core/save/save-slots.ts';
import type { Frame } from '../../../src/core/session/frame.ts';
import { createSession } from '../../../src/core/session/session.ts';
import { createSettingsStore } from '../../../src/core/settings/settings-store.ts';
import { defaultSettings } from '../../../src/core/settings/settings.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import { StoryEngine } from '../../../src/core/story/story-engine.ts';
import { installSaves } from '../../../src/features/saves/install-saves.ts';
import { Notices } from '../../../src/ui/dom/notices.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { compileInk } from '../../support/compile-inline.ts';

// No checkpoint: the first frame is not a chapter start, so its autosave waits for idle time.
const STORY = `
LIST roles = teamster, student, mexican
VAR role = teamster
The gate is barred.
* [Wait] You wait.
  -> END
`;

const Original = Intl.DateTimeFormat;
const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };
let idle: (() => void)[] = [];
let formattersMade = 0;

beforeEach(() => {
  document.body.replaceChildren();
  idle = [];
  formattersMade = 0;
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  class Counting extends Original {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      formattersMade++;
    }
  }
  intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
});

afterEach(() => {
  intl.DateTimeFormat = Original;
  vi.unstubAllGlobals();
});

/** Installs saves in browser mode and shows the story's first frame; returns the storage. */
function play() {
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
  const context = {
    mode: resolveMode('').mode,
    lang: 'en',
    strings: en,
    controller: controller as unknown as Controller,
    session,
    storyHash: 'abcdef0123456789',
    storage,
    settings: createSettingsStore(storage, defaultSettings(false)),
    resets: createResetHooks(),
    notices: new Notices(root, en.dismiss),
    titleMenu,
    readerBar,
    root,
  } satisfies AppContext;
  installSaves(context);
  current = session.begin({ kind: 'start' });
  for (const listener of listeners) listener(current);
  return storage;
}

describe('the idle autosave', () => {
  it('loads the date format in one idle callback and saves in a later one', () => {
    const storage = play();
    expect(storage.read(slotKey(AUTO_SLOT))).toBeNull();
    const steps: { formatters: number; saved: boolean }[] = [];
    for (let i = 0; i < 10 && idle.length > 0; i++) {
      const before = formattersMade;
      idle.shift()?.();
      steps.push({ formatters: formattersMade - before, saved: storage.read(slotKey(AUTO_SLOT)) !== null });
    }
    const loading = steps.findIndex((s) => s.formatters > 0);
    const saving = steps.findIndex((s) => s.saved);
    expect(loading).toBeGreaterThanOrEqual(0);
    expect(saving).toBeGreaterThan(loading);
    expect(steps[loading]?.saved).toBe(false);
    expect(formattersMade).toBe(1);
    const parsed = parseSave(storage.read(slotKey(AUTO_SLOT)), 'abcdef0123456789');
    expect(parsed.ok).toBe(true);
  });
});
