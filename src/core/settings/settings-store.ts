import type { StoragePort } from '../storage/storage-port.ts';
import { parseSettings, serializeSettings } from './parse-settings.ts';
import { SETTINGS_KEY, type Settings } from './settings.ts';

/**
 * The one place settings are read and written (docs/saves-and-settings.md, "Settings"). Whoever changes them
 * (the settings dialog, the language toggle, a reset hook) goes through `set`; everyone who shows them (the page,
 * the controller, the dialog) listens, so they can never disagree about what is in force.
 */
export interface SettingsStore {
  /** The settings in force now. */
  current(): Settings;
  /** The mode's defaults (what "Back to the defaults" and a kiosk reset go back to, language aside). */
  readonly defaults: Settings;
  /** What was wrong with the stored settings when the store was made (each field fell back to its default). */
  readonly problems: readonly string[];
  /** Puts `next` in force, remembers it in storage and tells every listener. */
  set(next: Settings): void;
  /** Called with the settings after every `set`; returns a function that stops listening. */
  onChange(listener: (settings: Settings) => void): () => void;
}

/** Reads the stored settings once (never throwing: anything unreadable falls back field by field). */
export function createSettingsStore(storage: StoragePort, defaults: Settings): SettingsStore {
  const parsed = parseSettings(storage.read(SETTINGS_KEY), defaults);
  let settings = parsed.settings;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    current: () => settings,
    defaults,
    problems: parsed.problems,
    set(next) {
      settings = next;
      storage.write(SETTINGS_KEY, serializeSettings(next));
      for (const listener of [...listeners]) listener(next);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
