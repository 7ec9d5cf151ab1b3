import type { IdleEffect, IdlePhase, IdleTimings } from '../../../core/kiosk/idle-machine.ts';
import { IdleTimer } from '../../../core/kiosk/idle-timer.ts';
import type { Clock } from './clock.ts';

/** What the driver shows: the "are you still there?" warning and its countdown. */
export interface WarningView {
  update(remainingMs: number): void;
  hide(): void;
}

export interface IdleDriverParts {
  readonly clock: Clock;
  readonly timings: IdleTimings;
  readonly warning: WarningView;
  /** The idle machine began a visit (a touch on the attract screen). */
  readonly startVisit: () => void;
  /** The countdown ran out: the visit is over. */
  readonly endVisit: () => void;
  /** Each poll while the attract loop is up, with how long it has been up (the update backstop). */
  readonly attractTick: (attractForMs: number) => void;
  /** After every change of phase or visit (the shell publishes html[data-kiosk]). */
  readonly changed: () => void;
  /** How often the clock is polled; 250 ms by default. */
  readonly tickMs?: number;
}

/** How long a touch that dismisses the warning keeps it up, at most, so its click cannot land on a choice. */
const LEAVING_MS = 1_000;

/**
 * Drives the pure idle machine (core/kiosk/idle-machine.ts) with a clock: polls it, feeds it touches, keys and
 * passages, and turns its effects into the warning and the shell's start and end of a visit. Timers never pause:
 * they stretch to each passage (docs/kiosk.md, "Idle timing").
 */
export class IdleDriver {
  private readonly timer: IdleTimer;
  private readonly stopPolling: () => void;
  private cancelLeaving: (() => void) | null = null;
  private attractSince: number;

  constructor(private readonly parts: IdleDriverParts) {
    this.timer = new IdleTimer(() => parts.clock.now(), parts.timings);
    this.attractSince = parts.clock.now();
    this.stopPolling = parts.clock.every(parts.tickMs ?? 250, () => this.tick());
  }

  /** Monotonic ms on the driver's clock. */
  now(): number {
    return this.parts.clock.now();
  }

  get phase(): IdlePhase {
    return this.timer.state.phase;
  }

  /** A visitor asked to begin (the attract screen's button). */
  begin(): void {
    this.act(this.timer.begin());
  }

  /**
   * Any touch or key. A touch that dismisses the warning keeps it up until its click has landed (`clicked`), so
   * the touch that says "still here" never also presses the choice underneath.
   */
  input(kind: 'touch' | 'key'): void {
    const effect = this.timer.input();
    if (effect === 'hide-warning' && kind === 'touch') {
      this.cancelLeaving ??= this.parts.clock.after(LEAVING_MS, () => this.finishLeaving());
      this.parts.changed();
      return;
    }
    this.act(effect);
  }

  /** A click landed: a warning kept up for a dismissing touch goes now. */
  clicked(): void {
    this.finishLeaving();
  }

  /** The warning's own "still here" button. */
  stillHere(): void {
    this.act(this.timer.input());
    this.finishLeaving();
  }

  /** A new passage with this many words: the visit earns its reading time. Ignored while the attract is up. */
  passage(words: number): void {
    if (this.phase === 'attract') return;
    this.act(this.timer.passage(words));
  }

  /** Staff changed the numbers: they apply from the next event. */
  retime(timings: IdleTimings): void {
    this.timer.retime(timings);
  }

  /** The attract loop came up (again): the update backstop counts from now. */
  attractShown(): void {
    this.attractSince = this.parts.clock.now();
  }

  dispose(): void {
    this.stopPolling();
    this.cancelLeaving?.();
    this.cancelLeaving = null;
  }

  /** Hides the warning now; for the end of a visit, which must not wait for a click. */
  hideWarning(): void {
    this.finishLeaving();
    this.parts.warning.hide();
  }

  private tick(): void {
    this.act(this.timer.tick());
    if (this.phase === 'attract') this.parts.attractTick(this.parts.clock.now() - this.attractSince);
    else if (this.phase === 'warning') this.parts.warning.update(this.timer.remainingMs());
  }

  private finishLeaving(): void {
    if (this.cancelLeaving === null) return;
    this.cancelLeaving();
    this.cancelLeaving = null;
    if (this.phase !== 'warning') this.parts.warning.hide();
  }

  private act(effect: IdleEffect): void {
    switch (effect) {
      case 'none':
        break;
      case 'start-visit':
        this.parts.startVisit();
        break;
      case 'show-warning':
        this.parts.warning.update(this.timer.remainingMs());
        break;
      case 'hide-warning':
        this.parts.warning.hide();
        break;
      case 'end-visit':
        this.parts.endVisit();
        break;
    }
    this.parts.changed();
  }
}
