import { ATTRACT_STEP_MS, attractStage } from '../../../core/kiosk/attract-cycle.ts';
import { timingsOf, type KioskConfig } from '../../../core/kiosk/kiosk-config.ts';
import { countError } from '../../../core/kiosk/kiosk-counts.ts';
import { KIOSK_KEYS, KioskStore } from '../../../core/kiosk/kiosk-store.ts';
import { VisitLog, wordsOf } from '../../../core/kiosk/visit-log.ts';
import { DEFAULT_LANGUAGE } from '../../../core/settings/language.ts';
import { KIOSK_VISITOR } from '../../../languages/kiosk-strings.ts';
import { enKiosk } from '../../strings/en-kiosk.ts';
import { AttractScreen } from './attract-screen.ts';
import { browserClock } from './clock.ts';
import { IdleDriver } from './idle-driver.ts';
import { IdleWarning } from './idle-warning.ts';
import type { KioskRuntimeParts } from './kiosk-runtime-parts.ts';
import { installLockdown } from './lockdown.ts';
import { inStaffCorner, watchStaffGesture } from './staff-gesture.ts';
import { StaffPanel } from './staff-panel.ts';
import { createStaffPort } from './staff-port.ts';
import { reloadInLanguage, takeVisitBegin } from './visit-language.ts';
import { updateWhenIdle } from './update-when-idle.ts';
import { wipeVisitor } from './visitor-wipe.ts';
import { watchWindow } from './window-input.ts';
export { KIOSK_DEFAULTS } from '../../../core/kiosk/kiosk-config.ts';

/**
 * The running kiosk, as a shell over its parts: the stored staff numbers and the visit log (core/kiosk), the idle
 * driver, the attract screen and warning, the staff gesture and panel, the lockdown, the visitor wipe. One instance
 * for the page's lifetime; `dispose()` removes everything it added (tests). docs/kiosk.md has the contracts.
 */
export class KioskRuntime {
  private readonly store: KioskStore;
  private readonly log = new VisitLog();
  private readonly idle: IdleDriver;
  private readonly attract: AttractScreen;
  private readonly undo: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly parts: KioskRuntimeParts) {
    const { win, context } = parts;
    const clock = parts.clock ?? browserClock(win, parts.monotonic);
    const lang = context.lang ?? DEFAULT_LANGUAGE;
    win.document.documentElement.dataset['mode'] = 'kiosk';
    this.store = new KioskStore({ ...parts, store: parts.staffStore });
    for (const problem of this.store.problems) console.warn(`[kiosk] ${problem}`);
    context.controller.setVolumeCeiling(this.store.config.volumePercent / 100);
    const warning = new IdleWarning(KIOSK_VISITOR, () => this.idle.stillHere());
    this.idle = new IdleDriver({
      ...parts,
      clock,
      timings: timingsOf(this.store.config),
      warning,
      startVisit: () => {
        this.store.updateCounts(this.log.begin(clock.now(), this.store.today(), lang));
        this.showAttract(false);
        context.controller.begin({ kind: 'kiosk' });
      },
      endVisit: () => this.endVisit(),
      // A waiting new version takes over only when nobody is there (update-when-idle.ts).
      attractTick: (attractForMs) => updateWhenIdle('attract', attractForMs, () => parts.reload(), parts.update),
      changed: () => this.publish(),
    });
    this.attract = new AttractScreen({
      heading: enKiosk,
      languages: KIOSK_VISITOR,
      stepMs: ATTRACT_STEP_MS,
      // A tap in the staff corner is the staff gesture beginning, never a visit.
      onBegin: (at) => (at && inStaffCorner(at.x, at.y) ? undefined : this.idle.begin()),
      onStep: (index) => context.controller.showScene(attractStage(index)),
      language: {
        current: lang,
        choose: (chosen) => (chosen === lang ? this.idle.begin() : reloadInLanguage(win, parts.addressIn(chosen))),
      },
    });
    const staff = new StaffPanel(
      createStaffPort({
        ...parts,
        store: this.store,
        applyConfig: (config) => this.adopt(this.store.setConfig(config)),
        monotonic: () => clock.now(),
        visits: () => this.log.visits,
      }),
    );
    win.document.body.append(this.attract.element, warning.element);
    this.undo.push(
      installLockdown(win),
      watchStaffGesture(win, () => staff.open(), parts.tapTime),
      () => [warning.element, staff.panel.dialog].forEach((element) => element.remove()),
      () => this.attract.dispose(),
      watchWindow(win, {
        touch: () => this.idle.input('touch'),
        key: () => this.idle.input('key'),
        click: () => this.idle.clicked(),
        error: () => this.store.updateCounts((counts) => countError(counts, this.store.today())),
        // Staff settings changed in another tab on this profile take effect here too.
        storage: (key) => (key === null || key.endsWith(KIOSK_KEYS.config) ? this.adopt(this.store.reload()) : null),
      }),
    );
    context.controller.onFrame((frame) => {
      if (this.disposed) return;
      const change = this.log.frame(frame, this.store.today());
      if (change) this.store.updateCounts(change);
      this.idle.passage(wordsOf(frame));
    });
    this.showAttract(true);
    if (takeVisitBegin(win, parts.search)) this.idle.begin();
  }

  dispose(): void {
    this.disposed = true;
    this.idle.dispose();
    for (const undo of this.undo) undo();
  }

  /** The visitor has gone: counted, wiped (visitor-wipe.ts), then a waiting update, a planned reload or the attract. */
  private endVisit(): void {
    const change = this.log.end(this.idle.now(), this.store.today());
    if (change) this.store.updateCounts(change);
    this.idle.hideWarning();
    wipeVisitor(this.parts.win.document, this.parts.context);
    if (updateWhenIdle('idle-reset', 0, () => this.parts.reload(), this.parts.update)) return;
    // After `reloadEvery` visits a planned reload instead: memory stays bounded for weeks (pitfalls K4, P3).
    if (this.log.visits >= this.store.config.reloadEvery) this.parts.reload();
    else this.showAttract(true);
  }

  /** The attract loop up (the page under it takes no focus and no taps) or down for a visit. */
  private showAttract(shown: boolean): void {
    const app = this.parts.win.document.getElementById('app');
    if (app) app.inert = shown;
    if (!shown) {
      this.attract.hide();
      return;
    }
    this.idle.attractShown();
    this.attract.show();
    this.publish();
  }

  private adopt(config: KioskConfig): void {
    this.idle.retime(timingsOf(config));
    this.parts.context.controller.setVolumeCeiling(config.volumePercent / 100);
  }

  /** State for tests and tools: html[data-kiosk] is the phase, data-kiosk-visits the visits since load. */
  private publish(): void {
    const html = this.parts.win.document.documentElement;
    html.dataset['kiosk'] = this.idle.phase;
    html.dataset['kioskVisits'] = String(this.log.visits);
  }
}
