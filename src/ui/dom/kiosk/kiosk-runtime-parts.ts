import type { AppContext } from '../../../app/app-context.ts';
import type { WaitingUpdate } from '../../../app/service-worker-update.ts';
import type { KioskConfig } from '../../../core/kiosk/kiosk-config.ts';
import type { Language } from '../../../core/settings/language.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';
import type { Clock } from './clock.ts';
import type { StaffPortParts } from './staff-port.ts';

/** What the kiosk shell is built from (install-kiosk.ts passes the browser's; tests pass fakes). */
export interface KioskRuntimeParts extends Pick<StaffPortParts, 'closeWindow' | 'download' | 'deviceLanguage'> {
  readonly context: Pick<AppContext, 'controller' | 'storage' | 'notices' | 'resets'> &
    Partial<Pick<AppContext, 'lang'>>;
  readonly win: Window;
  /** Monotonic time and timers (the page's own by default; tests pass fake ones). */
  readonly clock?: Clock;
  /** Monotonic ms when no clock is given (performance.now): idle timing never jumps with the wall clock. */
  readonly monotonic?: () => number;
  /** Wall-clock ms (Date.now): PIN lockouts and counts per day, which must survive reloads. */
  readonly wall: () => number;
  /** The staff's device store (config, counts, PIN lockout). Never the visitor's storage. */
  readonly staffStore: StoragePort;
  /** The page address's query (`?mode=kiosk&idle=3&countdown=2` for commissioning and tests). */
  readonly search: string;
  readonly reload: () => void;
  /** The mode's numbers (idle warning, countdown); staff settings and the address override them. */
  readonly defaults: KioskConfig;
  readonly tickMs?: number;
  /**
   * The page's address in another language with the visit begun (`visit=begin`), for the attract screen's language
   * choice: install-kiosk.ts builds it with app/resolve-language.ts, since the UI never calls app code.
   */
  readonly addressIn: (lang: Language) => string;
  /**
   * A new version of the game waiting to take over (install-kiosk.ts passes the service worker's); applied only
   * when no visitor is there. None: nothing is ever applied.
   */
  readonly update?: WaitingUpdate;
  /** When a tap happened, for the staff gesture (the event's timeStamp by default). */
  readonly tapTime?: (event: Event) => number;
}
