import type { Feature } from '../../app/app-context.ts';
import { makeSave, type SaveGame } from '../../core/save/save-game.ts';
import { AUTO_SLOT, createSaveSlots } from '../../core/save/save-slots.ts';
import type { SessionSnapshot } from '../../core/session/session.ts';
import { DEFAULT_LANGUAGE, isLanguage, localeOf, type Language } from '../../core/settings/language.ts';
import '../../styles/settings.css';
import { button } from '../../ui/dom/button.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';
import { chapterSelectOpen } from '../../ui/dom/saves/chapter-select-open.ts';
import type { SaveLoader } from '../../ui/dom/saves/save-loader.ts';

/** Dates of saves ("7 Dec 2026, 14:05", "7 dic 2026, 14:05") in the page's language, through the registry's locale. */
export interface SaveDateFormat {
  (date: Date): string;
  /** Whether the formatter exists (the locale's data is loaded). */
  prepared(): boolean;
  /** Makes the formatter now, so that the next call does not load the locale's data. */
  prepare(): void;
}

// The formatter is made on first use (or prepare()), not at install: the first Intl.DateTimeFormat of a page loads
// the locale's data, tens of milliseconds on a slow phone that the first story text would otherwise wait for
// (docs/performance.md).
export function saveDateFormat(lang: Language): SaveDateFormat {
  let format: Intl.DateTimeFormat | null = null;
  const made = (): Intl.DateTimeFormat =>
    (format ??= new Intl.DateTimeFormat(localeOf(lang), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }));
  return Object.assign((date: Date) => made().format(date), {
    prepared: () => format !== null,
    prepare: () => void made(),
  });
}

/** Runs a task when the page is idle (soon, in any case), or on the next tick where idle callbacks do not exist. */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 500 });
  else window.setTimeout(task, 0);
}

/**
 * Saves in browser and classroom modes (kiosks keep nothing: `mode.persistence` is 'none', and this installs
 * nothing): autosave at every choice and when the page is hidden, a checkpoint save when each chapter begins,
 * Continue on the title screen, the saves dialog, chapter select and restart.
 */
export const installSaves: Feature = (context) => {
  const { mode, strings, controller, session, storage, storyHash, notices } = context;
  if (mode.persistence === 'none') return;
  // The save says which language it was made in (the page's), and its dates are in that language. A language
  // outside the registry (the dev pseudo-locale) plays the fallback language's story, so its saves are that one's.
  const lang = isLanguage(context.lang) ? context.lang : DEFAULT_LANGUAGE;
  const format = saveDateFormat(context.lang);
  const formatDate = (iso: string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format(date);
  };
  /** A save's name: its chapter and when it was made, in the page's language. */
  const nameOf = (snapshot: SessionSnapshot, now: Date) =>
    strings.saves.name(strings.chapterNames[snapshot.game.checkpoint ?? 'start'] ?? '', format(now));
  const slots = createSaveSlots({
    storage,
    storyHash,
    lang,
    now: () => new Date(),
    nameFor: (snapshot, now) => nameOf(snapshot, now),
  });
  /** The chapter of the frame shown before this one: a change means a chapter has just begun. */
  let lastCheckpoint: string | null = null;

  const playing = () => controller.currentFrame !== null && controller.currentFrame.status !== 'broken';
  const current = (): SaveGame | null => {
    if (!playing()) return null;
    const snapshot = session.snapshot();
    const now = new Date();
    return makeSave({ storyHash, lang, now, snapshot, name: nameOf(snapshot, now) });
  };
  const autosave = (): void => {
    if (pending !== null) {
      flush();
      return;
    }
    if (!playing()) return;
    slots.autosave(session.snapshot(), lastCheckpoint);
  };

  // The stored autosave is set aside (PREVIOUS_AUTO_SLOT) before a different game first replaces it: every new game
  // and every load counts as different, except Continue restoring the autosave itself exactly.
  let continuing = false;
  controller.onBegin(() => slots.startNewGame());
  // The loader is its own chunk (not needed to show the first text of a new game), fetched in idle time after boot
  // so Continue does not wait for it, and by whichever of Continue, the saves dialog or chapter select comes first.
  const loaderPart = lazyPart(
    () =>
      import('../../ui/dom/saves/save-loader.ts').then(
        ({ SaveLoader }) =>
          new SaveLoader({
            controller,
            storyHash,
            strings,
            beforeShow: (checkpoint) => {
              lastCheckpoint = checkpoint;
              if (!continuing || checkpoint === null) slots.startNewGame();
            },
          }),
      ),
    'saves',
    pageReloadNotice(notices, strings),
  );
  /** The loader, or a rejection (already said to the player by lazyPart) that fails the part waiting for it. */
  const loaderFor = (): Promise<SaveLoader> =>
    loaderPart().then((loader) => loader ?? Promise.reject(new Error('the save loader could not load')));
  whenIdle(() => void import('../../ui/dom/saves/save-loader.ts').catch(() => undefined));
  const onLoaded = (message: string | null) => {
    if (message) notices.show(message);
  };

  // The autosave waits for idle time after the new text is painted: serialising the ink state costs milliseconds
  // a reader would feel between a click and the text. A frame that begins a chapter saves at once (its checkpoint
  // save must be that frame), and hiding or leaving the page flushes a pending save.
  let pending: { readonly previousCheckpoint: string | null } | null = null;
  const flush = (): void => {
    if (pending === null) return;
    const { previousCheckpoint } = pending;
    pending = null;
    slots.autosave(session.snapshot(), previousCheckpoint);
    refreshTitle();
  };
  /**
   * The idle save after a choice. The first one of a page loads the date format's locale data in one idle callback
   * and saves in the next: each fits in idle time, but both in one task held the page for 50–150 ms on a busy
   * machine (traced, issue 18).
   */
  const idleFlush = (): void => {
    if (pending === null) return;
    if (!format.prepared()) {
      format.prepare();
      whenIdle(idleFlush);
      return;
    }
    flush();
  };
  controller.onFrame((frame) => {
    const previousCheckpoint = lastCheckpoint;
    lastCheckpoint = frame.game.checkpoint;
    if (frame.status === 'broken') {
      pending = null; // A broken frame never replaces a good autosave.
      return;
    }
    if (frame.game.checkpoint !== previousCheckpoint) {
      pending = { previousCheckpoint };
      flush();
      return;
    }
    if (pending === null) whenIdle(idleFlush);
    pending = { previousCheckpoint };
  });
  // Not `unload`: it is unreliable on mobile and breaks the back/forward cache (pitfalls S5).
  window.addEventListener('pagehide', autosave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave();
  });

  // The saves dialog is its own chunk, fetched the first time it opens: it is not needed before the first text.
  // A chunk gone from the server (a redeploy while the page was open) is said plainly, with a Reload button.
  const savesPanel = lazyPart(
    () =>
      Promise.all([import('../../ui/dom/saves/saves-panel.ts'), loaderFor()]).then(
        ([{ SavesPanel }, loader]) =>
          new SavesPanel({
            strings,
            slots,
            loader,
            current,
            onLoaded,
            formatDate,
            saveInto: (slot) => playing() && slots.save(slot, session.snapshot()),
          }),
      ),
    'saves',
    pageReloadNotice(notices, strings),
  );
  const openSaves = (): void => {
    flush(); // the dialog's autosave row shows the latest choice, not the one before the idle save
    void savesPanel().then((panel) => panel?.open());
  };
  // Chapter select is its own chunk too, fetched the first time it opens.
  const chaptersPanel = lazyPart(
    () =>
      Promise.all([import('../../ui/dom/saves/chapters-panel.ts'), loaderFor()]).then(
        ([{ ChaptersPanel }, loader]) =>
          new ChaptersPanel({
            strings,
            slots,
            loader,
            playing,
            chapterSelect: mode.chapterSelect,
            restart: () => controller.begin({ kind: mode.entry }),
            onLoaded,
          }),
      ),
    'chapters',
    pageReloadNotice(notices, strings),
  );
  const openChapters = (): void => void chaptersPanel().then((panel) => panel?.open());

  const continueButton = button(
    strings.saves.continueGame,
    () =>
      void loaderPart().then((loader) => {
        if (loader === null) return;
        const text = slots.readText(AUTO_SLOT);
        if (text === null) {
          refreshTitle();
          return;
        }
        slots.continueFrom(text);
        continuing = true;
        let result;
        try {
          result = loader.loadText(text);
        } finally {
          continuing = false;
        }
        if (!result.ok) notices.show(result.message, 'warning');
        else if (!result.exact) onLoaded(result.message);
      }),
    { id: 'continue', primary: true },
  );
  const titleChapters = button(strings.chapters.open, openChapters, { id: 'open-chapters-title' });
  const begin = context.titleMenu.querySelector('#begin');
  if (begin) begin.before(continueButton);
  else context.titleMenu.prepend(continueButton);
  context.titleMenu.append(button(strings.saves.open, openSaves, { id: 'open-saves-title' }), titleChapters);
  context.readerBar.append(
    button(strings.saves.open, openSaves, { id: 'open-saves' }),
    button(strings.chapters.open, openChapters, { id: 'open-chapters' }),
  );

  function refreshTitle(): void {
    const auto = slots.read(AUTO_SLOT).parsed;
    continueButton.hidden = !auto?.ok;
    if (auto?.ok) continueButton.setAttribute('aria-label', strings.saves.continueDetail(auto.save.name));
    titleChapters.hidden = !mode.chapterSelect || !chapterSelectOpen(slots);
  }
  refreshTitle();
};
