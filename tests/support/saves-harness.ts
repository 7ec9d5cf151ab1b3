// Installs the saves feature on a real session of an inline story, with a stand-in controller that shows the
// session's first frame to the feature's frame listeners, as the page does after Begin (tests/ui/saves).
import { vi } from 'vitest';
import type { AppContext } from '../../src/app/app-context.ts';
import type { Controller } from '../../src/app/controller.ts';
import { resolveMode } from '../../src/app/modes.ts';
import { createResetHooks } from '../../src/core/reset/reset-hooks.ts';
import type { Frame } from '../../src/core/session/frame.ts';
import { createSession } from '../../src/core/session/session.ts';
import type { Language } from '../../src/core/settings/language.ts';
import { createSettingsStore } from '../../src/core/settings/settings-store.ts';
import { defaultSettings } from '../../src/core/settings/settings.ts';
import { createMemoryStorage } from '../../src/core/storage/memory-storage.ts';
import { StoryEngine } from '../../src/core/story/story-engine.ts';
import { installSaves } from '../../src/features/saves/install-saves.ts';
import { Notices } from '../../src/ui/dom/notices.ts';
import type { AppContext as Context } from '../../src/app/app-context.ts';
import { compileInk } from './compile-inline.ts';

export const HARNESS_STORY_HASH = 'abcdef0123456789';

/** Installs saves for `story` (ink source) in browser mode and shows its first frame; returns the storage. */
export function installSavesAndBegin(story: string, lang: Language, strings: Context['strings']) {
  const storage = createMemoryStorage();
  const session = createSession({ engine: StoryEngine.fromJson(compileInk(story)), canonical: [] });
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
    lang,
    strings,
    controller: controller as unknown as Controller,
    session,
    storyHash: HARNESS_STORY_HASH,
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
  return storage;
}
