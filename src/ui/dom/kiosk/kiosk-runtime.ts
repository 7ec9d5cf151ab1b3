import type { AppContext } from '../../../app/app-context.ts';
import { ATTRACT_STEP_MS, attractStage } from '../../../core/kiosk/attract-cycle.ts';
import { IdleTimer } from '../../../core/kiosk/idle-timer.ts';
import type { IdleEffect } from '../../../core/kiosk/idle-machine.ts';
import {
  applyAddressOverrides,
  parseKioskConfig,
  serializeKioskConfig,
  staffLanguageOf,
  timingsOf,
  type KioskConfig,
} from '../../../core/kiosk/kiosk-config.ts';
import { countsToCsv } from '../../../core/kiosk/counts-to-csv.ts';
import {
  FINISHED,
  NO_BEAT,
  countEnd,
  countError,
  countFinish,
  countStart,
  dayOf,
  emptyCounts,
  parseCounts,
  type KioskCounts,
} from '../../../core/kiosk/kiosk-counts.ts';
import { shouldApplyUpdate } from '../../../core/kiosk/update-decision.ts';
import { parsePinGuard } from '../../../core/kiosk/pin-guard.ts';
import { registerTap } from '../../../core/kiosk/tap-sequence.ts';
import type { Frame } from '../../../core/session/frame.ts';
import type { StoragePort } from '../../../core/storage/storage-port.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../../core/settings/language.ts';
import { updateStored } from '../../../core/storage/update-stored.ts';
import { KIOSK_VISITOR, kioskStaffStringsFor } from '../../../languages/kiosk-strings.ts';
import { enKiosk } from '../../strings/en-kiosk.ts';
import { addressWithLanguage } from '../../../app/resolve-language.ts';
import { serviceWorkerUpdate, type WaitingUpdate } from '../../../app/service-worker-update.ts';
import { downloadText } from '../download-text.ts';
import { AttractScreen } from './attract-screen.ts';
import { IdleWarning } from './idle-warning.ts';
import { installLockdown } from './lockdown.ts';
import { StaffPanel } from './staff-panel.ts';

/** Handed on to install-kiosk.ts, which loads this module on demand: the defaults stay out of the first script. */
export { KIOSK_DEFAULTS } from '../../../core/kiosk/kiosk-config.ts';

export interface KioskRuntimeParts {
  readonly context: Pick<AppContext, 'controller' | 'session' | 'storage' | 'notices' | 'strings'> &
    Partial<Pick<AppContext, 'lang'>>;
  readonly win: Window;
  /** Monotonic ms (performance.now): idle timing never jumps with the wall clock. */
  readonly monotonic: () => number;
  /** Wall-clock ms (Date.now): PIN lockouts and "counting since", which must survive reloads. */
  readonly wall: () => number;
  /** The staff's device store (config, counts, PIN lockout). Never the visitor's storage. */
  readonly staffStore: StoragePort;
  /** The page address's query (`?mode=kiosk&idle=3&countdown=2` for commissioning and tests). */
  readonly search: string;
  readonly reload: () => void;
  /** `window.close()`, reporting whether the window went (browsers close only windows with one page in their history). */
  readonly closeWindow?: () => boolean;
  /** The mode's numbers (idle warning, countdown); staff settings and the address override them. */
  readonly defaults: KioskConfig;
  readonly tickMs?: number;
  /** The kiosk computer's own language (navigator.language): the staff panel's language until staff choose. */
  readonly deviceLanguage?: string;
  /** A new version of the game waiting to take over (service worker); applied only when no visitor is there. */
  readonly update?: WaitingUpdate;
  /** Saves a file on the device (the staff's CSV export). */
  readonly download?: (name: string, text: string, type: string) => void;
}

const KEYS = { config: 'kiosk-config', counts: 'kiosk-counts', guard: 'kiosk-pin-guard' } as const;
/** The staff corner: five taps inside this square at the top left, within three seconds. */
const CORNER_PX = 96;

/**
 * The running kiosk: attract loop, exhibit cut, idle warning and reset, lockdown, staff panel, planned reload.
 * One instance for the page's lifetime; `dispose()` removes every listener, timer and element it added (tests).
 *
 * Reset contract (end of a visit): every open dialog closes, the warning hides, the controller forgets the
 * story on screen, the session restarts fresh (the visitor's transcript goes), the visitor's storage is emptied,
 * settings go back to the defaults, notices clear, sound and pictures go to the attract loop; after
 * `reloadEvery` visits the page reloads instead (memory stays bounded for weeks).
 */
export class KioskRuntime {
  private readonly timer: IdleTimer;
  private readonly attract: AttractScreen;
  private readonly warning: IdleWarning;
  private readonly staff: StaffPanel;
  private readonly removeLockdown: () => void;
  private readonly interval: ReturnType<typeof setInterval>;
  private readonly started: number;
  private readonly addressConfig: (config: KioskConfig) => KioskConfig;
  private config: KioskConfig;
  private visits = 0;
  private finishedThisVisit = false;
  /** Monotonic ms when the current visit began (null between visits), and where it has got to so far. */
  private visitBegan: number | null = null;
  private visitStop: string = NO_BEAT;
  /** Monotonic ms when the attract loop last came up (the update backstop counts from here). */
  private attractSince = 0;
  private taps: number[] = [];
  private leaving: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private readonly html: HTMLElement;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions][];

  constructor(private readonly parts: KioskRuntimeParts) {
    const { win, staffStore } = parts;
    const doc = win.document;
    this.html = doc.documentElement;
    this.html.dataset['mode'] = 'kiosk';
    this.started = parts.monotonic();

    const overrides = (config: KioskConfig) => {
      const { config: next, problems } = applyAddressOverrides(config, parts.search);
      for (const problem of problems) console.warn(`[kiosk] ${problem}`);
      return next;
    };
    this.addressConfig = overrides;
    this.config = overrides(parseKioskConfig(staffStore.read(KEYS.config), parts.defaults));
    parts.context.controller.setVolumeCeiling(this.config.volumePercent / 100);
    this.timer = new IdleTimer(parts.monotonic, timingsOf(this.config));

    this.attract = new AttractScreen({
      heading: enKiosk,
      languages: KIOSK_VISITOR,
      stepMs: ATTRACT_STEP_MS,
      onBegin: () => this.beginVisit(),
      onStep: (index) => parts.context.controller.showScene(attractStage(index)),
      language: { current: parts.context.lang ?? DEFAULT_LANGUAGE, choose: (lang) => this.chooseLanguage(lang) },
    });
    this.warning = new IdleWarning(KIOSK_VISITOR, () => this.continueVisit());
    this.staff = new StaffPanel({
      strings: () => kioskStaffStringsFor(this.staffLanguage()),
      language: () => this.staffLanguage(),
      setLanguage: (lang) => this.setConfig({ ...this.config, staffLanguage: lang }),
      exportCsv: () => this.exportCounts(),
      now: parts.wall,
      uptimeMs: () => parts.monotonic() - this.started,
      sessionsServed: () => this.visits,
      counts: () => this.counts(),
      memoryBytes: () => memoryInUse(win),
      config: () => this.config,
      // Read from the store each time: a lockout made in another tab on this profile holds here too.
      guard: () => parsePinGuard(staffStore.read(KEYS.guard)),
      setGuard: (state) => staffStore.write(KEYS.guard, JSON.stringify(state)),
      setConfig: (config) => this.setConfig(config),
      resetCounts: () => this.saveCounts(() => emptyCounts(parts.wall())),
      reload: () => parts.reload(),
      closeWindow: () => parts.closeWindow?.() ?? false,
    });
    doc.body.append(this.attract.element, this.warning.element);

    this.removeLockdown = installLockdown(win);
    const onInput = (event: Event) => this.onInput(event);
    const onClick = () => this.finishLeaving();
    const onError = () => this.saveCounts((counts) => countError(counts, this.today()));
    // Staff settings changed in another tab on this profile take effect here too (counts and the PIN lockout are
    // read from the store at each use, so they need no event).
    const onStorage = (event: Event) => {
      const key = event instanceof StorageEvent ? event.key : null;
      if (key === null || key.endsWith(KEYS.config)) this.adoptStoredConfig();
    };
    this.listeners = [
      [win, 'storage', onStorage, {}],
      [win, 'pointerdown', onInput, { capture: true }],
      [win, 'keydown', onInput, { capture: true }],
      [win, 'click', onClick, { capture: true }],
      [win, 'error', onError, {}],
      [win, 'unhandledrejection', onError, {}],
    ];
    for (const [target, type, listener, options] of this.listeners) target.addEventListener(type, listener, options);
    parts.context.controller.onFrame((frame) => this.onFrame(frame));
    this.interval = setInterval(() => this.tick(), parts.tickMs ?? 250);
    this.showAttract();
    if (new URLSearchParams(parts.search).get('visit') === 'begin') this.beginChosenVisit();
  }

  /**
   * A visitor picked a language on the attract screen. Their language: the visit begins. The other one: the page
   * reloads in it (each language is its own story file) with `visit=begin`, so the visit starts without a second tap.
   */
  private chooseLanguage(lang: Language): void {
    if (lang === (this.parts.context.lang ?? DEFAULT_LANGUAGE)) {
      this.beginVisit();
      return;
    }
    // replace, not assign: the kiosk window keeps one page in its history, so staff can still close it.
    this.parts.win.location.replace(addressWithLanguage(this.parts.search, lang, { visit: 'begin' }));
  }

  /** After a language reload: drop `visit=begin` from the address (a planned reload must not skip the attract). */
  private beginChosenVisit(): void {
    const params = new URLSearchParams(this.parts.search);
    params.delete('visit');
    const query = params.toString();
    try {
      this.parts.win.history.replaceState(null, '', `${this.parts.win.location.pathname}${query ? `?${query}` : ''}`);
    } catch (error) {
      console.warn('[kiosk] the address could not be tidied', error);
    }
    this.beginVisit();
  }

  get phase(): string {
    return this.timer.state.phase;
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.interval);
    if (this.leaving !== null) clearTimeout(this.leaving);
    for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
    this.removeLockdown();
    this.attract.dispose();
    this.warning.element.remove();
    this.staff.panel.dialog.remove();
  }

  private staffLanguage() {
    return staffLanguageOf(this.config, this.parts.deviceLanguage ?? DEFAULT_LANGUAGE);
  }

  /** The museum's local date now (YYYY-MM-DD): the counts are kept per day. */
  private today(): string {
    const now = this.parts.wall();
    return dayOf(now, new Date(now).getTimezoneOffset());
  }

  /** The counts as a CSV file in the staff's language, saved with the browser's own download. */
  private exportCounts(): string {
    const t = kioskStaffStringsFor(this.staffLanguage());
    const name = t.csvFileName(this.today());
    (this.parts.download ?? downloadText)(name, countsToCsv(this.counts(), t.csv), 'text/csv;charset=utf-8');
    return name;
  }

  private beginVisit(): void {
    if (this.disposed) return;
    this.act(this.timer.begin());
  }

  private continueVisit(): void {
    this.act(this.timer.input());
    this.finishLeaving();
  }

  private onInput(event: Event): void {
    if (this.disposed) return;
    if (event instanceof PointerEvent || (typeof PointerEvent === 'undefined' && event.type === 'pointerdown')) {
      const pointer = event as PointerEvent;
      if (pointer.clientX <= CORNER_PX && pointer.clientY <= CORNER_PX) {
        const { recent, triggered } = registerTap(this.taps, this.parts.monotonic());
        this.taps = recent;
        if (triggered) this.staff.open();
      }
    }
    const effect = this.timer.input();
    if (effect === 'hide-warning' && event.type === 'pointerdown') {
      // Keep the warning up until this touch's click has landed on it, so the touch that says "still here"
      // never also presses the choice underneath.
      this.leaving ??= setTimeout(() => this.finishLeaving(), 1_000);
      this.publish();
      return;
    }
    this.act(effect);
  }

  private finishLeaving(): void {
    if (this.leaving === null) return;
    clearTimeout(this.leaving);
    this.leaving = null;
    if (this.timer.state.phase !== 'warning') this.warning.hide();
  }

  private onFrame(frame: Frame): void {
    if (this.disposed || this.timer.state.phase === 'attract') return;
    const beat = frame.game.chronicle.at(-1)?.beat;
    if (frame.status === 'ending') this.visitStop = FINISHED;
    else if (beat !== undefined && this.visitStop !== FINISHED) this.visitStop = beat;
    const words = frame.lines.reduce((sum, line) => sum + (line.text.match(/\S+/g)?.length ?? 0), 0);
    this.act(this.timer.passage(words));
    if (frame.status === 'ending' && !this.finishedThisVisit) {
      this.finishedThisVisit = true;
      this.saveCounts((counts) => countFinish(counts, this.today()));
    }
  }

  private tick(): void {
    if (this.disposed) return;
    this.act(this.timer.tick());
    if (this.timer.state.phase === 'attract') {
      const attractForMs = this.parts.monotonic() - this.attractSince;
      if (this.applyUpdate({ moment: 'attract', attractForMs })) return;
    }
    if (this.timer.state.phase === 'warning') this.warning.update(this.timer.remainingMs());
  }

  private act(effect: IdleEffect): void {
    switch (effect) {
      case 'none':
        break;
      case 'start-visit':
        this.visits += 1;
        this.finishedThisVisit = false;
        this.visitBegan = this.parts.monotonic();
        this.visitStop = NO_BEAT;
        this.saveCounts((counts) => countStart(counts, this.today(), this.parts.context.lang ?? DEFAULT_LANGUAGE));
        this.attract.hide();
        this.setInert(false);
        this.parts.context.controller.begin({ kind: 'kiosk' });
        break;
      case 'show-warning':
        this.warning.update(this.timer.remainingMs());
        break;
      case 'hide-warning':
        this.warning.hide();
        break;
      case 'end-visit':
        this.endVisit();
        break;
    }
    this.publish();
  }

  /** Wipes everything the visitor left, then the attract loop (or a planned reload). */
  private endVisit(): void {
    const { controller, session, storage, notices, strings } = this.parts.context;
    const doc = this.parts.win.document;
    if (this.visitBegan !== null) {
      const [began, stop] = [this.visitBegan, this.visitStop];
      this.saveCounts((counts) => countEnd(counts, this.today(), this.parts.monotonic() - began, stop));
      this.visitBegan = null;
    }
    for (const dialog of doc.querySelectorAll('dialog')) if (dialog.open) dialog.close();
    this.finishLeaving();
    this.warning.hide();
    controller.reset();
    try {
      session.begin({ kind: 'kiosk' }); // drops the visitor's transcript and story state; nothing is shown
    } catch (error) {
      console.error('[kiosk] the session could not restart', error);
    }
    for (const key of storage.keys()) storage.remove(key);
    resetSettings(doc, strings.settings.reset);
    notices.clear();
    if (doc.activeElement instanceof HTMLElement) doc.activeElement.blur();
    if (this.applyUpdate({ moment: 'idle-reset', attractForMs: 0 })) return;
    if (this.visits >= this.config.reloadEvery) {
      this.publish();
      this.parts.reload();
      return;
    }
    this.showAttract();
  }

  /**
   * A waiting new version takes over only when core/kiosk/update-decision.ts says so (the visitor has gone): the
   * worker is told to take over and the page reloads into the new version, like the planned reload.
   */
  private applyUpdate(moment: { moment: 'idle-reset' | 'attract'; attractForMs: number }): boolean {
    const update = this.parts.update ?? serviceWorkerUpdate;
    if (!shouldApplyUpdate({ kiosk: true, waiting: update.waiting(), ...moment })) return false;
    this.publish();
    update.apply(() => this.parts.reload());
    return true;
  }

  private showAttract(): void {
    this.attractSince = this.parts.monotonic();
    this.setInert(true);
    this.attract.show();
    this.publish();
  }

  /** While the attract screen is up, the page under it takes no focus and no taps. */
  private setInert(inert: boolean): void {
    const app = this.parts.win.document.getElementById('app');
    if (app) app.inert = inert;
  }

  private adoptStoredConfig(): void {
    this.config = this.addressConfig(parseKioskConfig(this.parts.staffStore.read(KEYS.config), this.parts.defaults));
    this.timer.retime(timingsOf(this.config));
    this.parts.context.controller.setVolumeCeiling(this.config.volumePercent / 100);
  }

  private setConfig(config: KioskConfig): void {
    this.parts.staffStore.write(KEYS.config, serializeKioskConfig(config));
    this.config = this.addressConfig(config);
    this.timer.retime(timingsOf(this.config));
    this.parts.context.controller.setVolumeCeiling(this.config.volumePercent / 100);
  }

  /** The counts as stored now (another tab on this profile may have counted since). */
  private counts(): KioskCounts {
    return parseCounts(this.parts.staffStore.read(KEYS.counts), this.parts.wall());
  }

  /** Applies one change to the counts as stored now, so two kiosk tabs on one profile never lose each other's. */
  private saveCounts(change: (counts: KioskCounts) => KioskCounts): void {
    const parse = (raw: string | null) => parseCounts(raw, this.parts.wall());
    updateStored(this.parts.staffStore, KEYS.counts, parse, change, (c) => JSON.stringify(c));
  }

  /** State for tests and tools: html[data-kiosk] is the phase, data-kiosk-visits the visits since load. */
  private publish(): void {
    this.html.dataset['kiosk'] = this.timer.state.phase;
    this.html.dataset['kioskVisits'] = String(this.visits);
  }
}

/**
 * Settings back to the defaults through the settings feature's own "Back to the defaults" button, so its
 * dialog, the page and the controller all agree. A page without the settings feature has nothing to reset.
 */
function resetSettings(doc: Document, label: string): void {
  const buttons = doc.querySelectorAll<HTMLButtonElement>('#settings button');
  for (const button of buttons) {
    if (button.textContent === label) {
      button.click();
      return;
    }
  }
}

function memoryInUse(win: Window): number | null {
  const memory = (win.performance as Performance & { memory?: { usedJSHeapSize?: number } }).memory;
  return typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null;
}
