// Composition root: resolve and freeze the mode, load the story, build the session and the DOM controller, then
// bring in pictures and sound behind the text. Story text never waits for Phaser or howler.
import '@fontsource/libre-baskerville/400.css';
import '@fontsource/libre-baskerville/700.css';
import '@fontsource/libre-baskerville/400-italic.css';
import '@fontsource/courier-prime/400.css';
import './styles/base.css';
import './styles/layout.css';
import { Controller } from './app/controller.ts';
import { resolveMode } from './app/modes.ts';
import { CANONICAL_SEQUENCE } from './core/record/canonical-sequence.ts';
import { createSession } from './core/session/session.ts';
import { createResetHooks } from './core/reset/reset-hooks.ts';
import { createSettingsStore } from './core/settings/settings-store.ts';
import { StoryEngine } from './core/story/story-engine.ts';
import { DEFAULT_LANGUAGE, isLanguage } from './core/settings/language.ts';
import { PSEUDO_LANGUAGE } from './dev/pseudo/pseudo-enabled.ts';
import { openStory } from './app/open-story.ts';
import { pageLanguage } from './app/page-language.ts';
import { STORY_TABLE_ID, parseStoryTable, takeEarlyStory } from './app/story-table.ts';
import { SETTINGS_KEY, defaultSettings } from './core/settings/settings.ts';
import { localizePage } from './ui/dom/language/localize-page.ts';
import { loadLanguagePack } from './ui/strings/language-pack.ts';
import { loadPresentation } from './app/load-presentation.ts';
import { FEATURES } from './app/features.ts';
import type { AppContext } from './app/app-context.ts';
import { createLocalStorage } from './adapters/storage/local-storage.ts';
import { createResilientStorage } from './adapters/storage/resilient-storage.ts';
import { createMemoryStorage } from './core/storage/memory-storage.ts';
import { Notices } from './ui/dom/notices.ts';

async function fetchStory(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`story file answered ${response.status}`);
  return response.text();
}

async function boot(): Promise<void> {
  const { mode, problems } = resolveMode(window.location.search);
  const language = pageLanguage({
    search: window.location.search,
    // Kiosk: never read (pageLanguage keeps nothing remembered in a mode that keeps nothing on the device).
    storedSettings: mode.persistence === 'none' ? null : (createLocalStorage()?.read(SETTINGS_KEY) ?? null),
    browser: navigator.languages ?? [navigator.language],
    // Dev and test builds also answer ?lang=pseudo (docs/i18n.md); Vite folds this to [] in a production build.
    extra: import.meta.env.DEV || import.meta.env.MODE === 'pseudo' ? [PSEUDO_LANGUAGE] : [],
  });
  const lang = language.lang;
  // The page names the story files (the build writes their table into index.html); a language outside the
  // registry (the pseudo-locale) reads the fallback language's story.
  const table = parseStoryTable(document.getElementById(STORY_TABLE_ID)?.textContent);
  const story = table?.stories[isLanguage(lang) ? lang : DEFAULT_LANGUAGE];
  // The story file and the language's strings load side by side; nothing waits for pictures or sound. The early
  // script (src/boot/early-mode.js) has usually started the download already, before this module loaded.
  const storyText = story
    ? (takeEarlyStory(window, story.url) ?? fetchStory(story.url))
    : Promise.reject(new Error('this page names no story file'));
  storyText.catch(() => undefined); // awaited below: a failure before then must not count as unhandled
  // The pack is asked for now but awaited only after the story is checked and parsed: the parse is the longest
  // piece of script before the first text, and the pack's chunk downloads while it runs (docs/performance.md).
  const pack = loadLanguagePack(lang);
  pack.catch(() => undefined); // awaited below
  let engine: StoryEngine | Error;
  try {
    // A file that arrives but is not a story (a proxy's error page, a cut-off download) fails here too, and so
    // does a story that is not the one this page was built with: its own hash must be the one the bundle expects,
    // because every save made from here on is stamped with that hash.
    engine = await openStory(await storyText, story?.hash, (text) => StoryEngine.fromJson(text));
  } catch (error) {
    engine = error instanceof Error ? error : new Error(String(error));
  }
  const { strings, captionFor } = await pack;
  localizePage(document, lang, strings);
  const root = document.getElementById('app');
  const begin = document.getElementById('begin') as HTMLButtonElement | null;
  const status = document.getElementById('loading');
  if (!root || !begin || !status) throw new Error('the page is missing its frame');
  root.dataset['mode'] = mode.id;
  for (const problem of [...problems, ...language.problems]) console.warn(problem);

  if (engine instanceof Error) {
    console.error(engine);
    status.textContent = strings.loadFailed;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = strings.tryAgain;
    retry.addEventListener('click', () => window.location.reload());
    status.after(retry);
    return;
  }

  // Classroom pause points hold the story: the next chapter is not read until the class goes on (Session.goOn).
  const session = createSession({ engine, canonical: CANONICAL_SEQUENCE, holdAtPause: mode.pausePoints });
  const controller = new Controller({
    session,
    mode,
    strings,
    root,
    // the controller asks only when captions are on (mode default, then the settings)
    captionFor,
    logger: console,
  });

  const notices = new Notices(root, strings.dismiss);
  const storage =
    mode.persistence === 'none'
      ? createMemoryStorage()
      : createResilientStorage(createLocalStorage(), () => notices.show(strings.storageFallback, 'warning'));
  const context: AppContext = {
    mode,
    lang,
    strings,
    controller,
    session,
    storyHash: story?.hash ?? '',
    storage,
    settings: createSettingsStore(
      storage,
      defaultSettings(mode.captionsByDefault, mode.marksByDefault, mode.mutedByDefault),
    ),
    resets: createResetHooks(),
    notices,
    titleMenu: document.getElementById('title-menu') ?? root,
    readerBar: document.getElementById('reader-actions') ?? root,
    root,
  };
  for (const install of FEATURES) install(context);

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (controller.pickByKey(event.key)) event.preventDefault();
  });

  begin.addEventListener('click', () => controller.begin({ kind: mode.entry }));
  begin.disabled = false;
  status.textContent = '';
  document.documentElement.dataset['ready'] = 'true';

  // A kiosk keeps an offline copy of the game (it must run for weeks, network or not); elsewhere `offline=on` asks.
  const offline = mode.id === 'kiosk' || new URLSearchParams(window.location.search).get('offline') === 'on';
  loadPresentation(controller, document.getElementById('stage'), { planLabels: strings.planLabels }, { offline, lang });
}

void boot();
