import type { StoragePort } from '../storage/storage-port.ts';
import { updateStored } from '../storage/update-stored.ts';
import { applyAddressOverrides, parseKioskConfig, serializeKioskConfig, type KioskConfig } from './kiosk-config.ts';
import { dayOf, parseCounts, type KioskCounts } from './kiosk-counts.ts';
import { parsePinGuard, type PinGuardState } from './pin-guard.ts';

/** Where the staff's numbers live in the device's store (never the visitor's storage). */
export const KIOSK_KEYS = { config: 'kiosk-config', counts: 'kiosk-counts', guard: 'kiosk-pin-guard' } as const;

export interface KioskStoreParts {
  /** The staff's device store: config, counts, PIN lockout. */
  readonly store: StoragePort;
  /** The mode's numbers; stored staff settings and then the address override them. */
  readonly defaults: KioskConfig;
  /** The page address's query (`idle=` and `countdown=` for commissioning, never stored). */
  readonly search: string;
  /** Wall-clock ms: counts are kept per local day and lockouts must survive reloads. */
  readonly wall: () => number;
  /** Minutes the museum's clock is behind UTC at a given moment; Date's getTimezoneOffset by default. */
  readonly timezoneOffset?: (ms: number) => number;
}

/**
 * The kiosk's staff numbers as stored (pure: no browser, storage behind a port). Counts and the PIN lockout are
 * read from the store at each use and changed by read-modify-write, so two kiosk tabs on one profile never lose
 * each other's; the config is held in memory and re-read when the store says it changed (`reload`).
 */
export class KioskStore {
  private current: KioskConfig;
  /** What the address asked for that could not be used (for the log). */
  readonly problems: string[] = [];

  constructor(private readonly parts: KioskStoreParts) {
    this.current = this.withAddress(parseKioskConfig(parts.store.read(KIOSK_KEYS.config), parts.defaults));
  }

  /** The config in force: stored staff settings with the address's commissioning numbers over them. */
  get config(): KioskConfig {
    return this.current;
  }

  /** Stores the staff's settings and puts them in force. */
  setConfig(config: KioskConfig): KioskConfig {
    this.parts.store.write(KIOSK_KEYS.config, serializeKioskConfig(config));
    this.current = this.withAddress(config);
    return this.current;
  }

  /** Re-reads the stored settings (another tab on this profile changed them). */
  reload(): KioskConfig {
    this.current = this.withAddress(parseKioskConfig(this.parts.store.read(KIOSK_KEYS.config), this.parts.defaults));
    return this.current;
  }

  counts(): KioskCounts {
    return parseCounts(this.parts.store.read(KIOSK_KEYS.counts), this.parts.wall());
  }

  /** Applies one change to the counts as stored now. */
  updateCounts(change: (counts: KioskCounts) => KioskCounts): void {
    const parse = (raw: string | null) => parseCounts(raw, this.parts.wall());
    updateStored(this.parts.store, KIOSK_KEYS.counts, parse, change, (c) => JSON.stringify(c));
  }

  guard(): PinGuardState {
    return parsePinGuard(this.parts.store.read(KIOSK_KEYS.guard));
  }

  setGuard(state: PinGuardState): void {
    this.parts.store.write(KIOSK_KEYS.guard, JSON.stringify(state));
  }

  /** The museum's local date now (YYYY-MM-DD): the counts are kept per day. */
  today(): string {
    const now = this.parts.wall();
    return dayOf(now, this.parts.timezoneOffset?.(now) ?? new Date(now).getTimezoneOffset());
  }

  private withAddress(config: KioskConfig): KioskConfig {
    const { config: next, problems } = applyAddressOverrides(config, this.parts.search);
    this.problems.push(...problems);
    return next;
  }
}
