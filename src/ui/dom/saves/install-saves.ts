import type { Feature } from '../../../app/app-context.ts';
import { makeSave, type SaveGame } from '../../../core/save/save-game.ts';
import { AUTO_SLOT, createSaveSlots } from '../../../core/save/save-slots.ts';
import '../../../styles/settings.css';
import { button } from '../button.ts';
import { ChaptersPanel, chapterSelectOpen } from './chapters-panel.ts';
import { SaveLoader } from './save-loader.ts';
import type { SavesPanel } from './saves-panel.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Runs a task when the page is idle (soon, in any case), or on the next tick where idle callbacks do not exist. */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 500 });
  else window.setTimeout(task, 0);
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/**
 * Saves in browser and classroom modes (kiosks keep nothing: `mode.persistence` is 'none', and this installs
 * nothing): autosave at every choice and when the page is hidden, a checkpoint save when each chapter begins,
 * Continue on the title screen, the saves dialog, chapter select and restart.
 */
export const installSaves: Feature = (context) => {
  const { mode, strings, controller, session, storage, storyHash, notices } = context;
  if (mode.persistence === 'none') return;
  const lang = 'en';
  const slots = createSaveSlots({
    storage,
    storyHash,
    lang,
    now: () => new Date(),
    nameFor: (snapshot, now) => strings.saves.name(strings.chapterNames[snapshot.game.checkpoint ?? 'start'] ?? '', DATE.format(now)),
  });
  /** The chapter of the frame shown before this one: a change means a chapter has just begun. */
  let lastCheckpoint: string | null = null;

  const playing = () => controller.currentFrame !== null && controller.currentFrame.status !== 'broken';
  const current = (): SaveGame | null => {
    if (!playing()) return null;
    const snapshot = session.snapshot();
    const now = new Date();
    return makeSave({ storyHash, lang, now, snapshot, name: strings.saves.name(strings.chapterNames[snapshot.game.checkpoint ?? 'start'] ?? '', DATE.format(now)) });
  };
  const autosave = (): void => {
    if (pending !== null) { flush(); return; }
    if (!playing()) return;
    slots.autosave(session.snapshot(), lastCheckpoint);
  };

  const loader = new SaveLoader({
    session,
    controller,
    storyHash,
    strings,
    beforeShow: (checkpoint) => {
      lastCheckpoint = checkpoint;
    },
  });
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
    if (pending === null) whenIdle(flush);
    pending = { previousCheckpoint };
  });
  // Not `unload`: it is unreliable on mobile and breaks the back/forward cache (pitfalls S5).
  window.addEventListener('pagehide', autosave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave();
  });

  // The saves dialog is its own chunk, fetched the first time it opens: it is not needed before the first text.
  let saves: Promise<SavesPanel> | null = null;
  const openSaves = (): void => {
    flush(); // the dialog's autosave row shows the latest choice, not the one before the idle save
    saves ??= import('./saves-panel.ts').then(
      ({ SavesPanel }) => new SavesPanel({ strings, slots, loader, current, saveInto: (slot) => playing() && slots.save(slot, session.snapshot()), onLoaded, formatDate }),
    );
    saves.then(
      (panel) => panel.open(),
      (error: unknown) => {
        saves = null; // a later press tries again
        console.error('[saves] the saves dialog could not load', error);
      },
    );
  };
  const chapters = new ChaptersPanel({
    strings,
    slots,
    loader,
    playing,
    chapterSelect: mode.chapterSelect,
    restart: () => controller.begin({ kind: mode.entry }),
    onLoaded,
  });

  const continueButton = button(strings.saves.continueGame, () => {
    const text = slots.readText(AUTO_SLOT);
    if (text === null) { refreshTitle(); return; }
    const result = loader.loadText(text);
    if (!result.ok) notices.show(result.message, 'warning');
    else if (!result.exact) onLoaded(result.message);
  }, { id: 'continue', primary: true });
  const titleChapters = button(strings.chapters.open, () => chapters.open(), { id: 'open-chapters-title' });
  const begin = context.titleMenu.querySelector('#begin');
  if (begin) begin.before(continueButton);
  else context.titleMenu.prepend(continueButton);
  context.titleMenu.append(button(strings.saves.open, openSaves, { id: 'open-saves-title' }), titleChapters);
  context.readerBar.append(
    button(strings.saves.open, openSaves, { id: 'open-saves' }),
    button(strings.chapters.open, () => chapters.open(), { id: 'open-chapters' }),
  );

  function refreshTitle(): void {
    const auto = slots.read(AUTO_SLOT).parsed;
    continueButton.hidden = !auto?.ok;
    if (auto?.ok) continueButton.setAttribute('aria-label', strings.saves.continueDetail(auto.save.name));
    titleChapters.hidden = !mode.chapterSelect || !chapterSelectOpen(slots);
  }
  refreshTitle();
};
