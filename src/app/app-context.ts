import type { ResetHooks } from '../core/reset/reset-hooks.ts';
import type { Language } from '../core/settings/language.ts';
import type { SettingsStore } from '../core/settings/settings-store.ts';
import type { SessionReader } from '../core/session/session.ts';
import type { StoragePort } from '../core/storage/storage-port.ts';
import type { Notices } from '../ui/dom/notices.ts';
import type { Strings } from '../ui/strings/en.ts';
import type { Controller } from './controller.ts';
import type { Mode } from './modes.ts';

/**
 * What a feature (saves, settings, history, kiosk, classroom, archive…) receives when it is installed. Features
 * add their own buttons to the title menu and the reader bar and listen to frames; they never reach into each other.
 */
export interface AppContext {
  readonly mode: Mode;
  /** The language of this page load (resolved once at boot); features pick their tables by it. */
  readonly lang: Language;
  readonly strings: Strings;
  readonly controller: Controller;
  /** Reading only: the controller is the session's one writer (begin, load, reset go through it). */
  readonly session: SessionReader;
  /** Identifies the story edition: saves made against another edition never load blindly. */
  readonly storyHash: string;
  readonly storage: StoragePort;
  /** The one settings store: every reader and writer of settings goes through it. */
  readonly settings: SettingsStore;
  /** A visitor's traces going (kiosk reset): each feature registers what it clears; the kiosk runs them. */
  readonly resets: ResetHooks;
  readonly notices: Notices;
  readonly titleMenu: HTMLElement;
  /** Where features put their reader-bar buttons (#reader-actions: in the bar, or under its menu button). */
  readonly readerBar: HTMLElement;
  readonly root: HTMLElement;
}

export type Feature = (context: AppContext) => void;
