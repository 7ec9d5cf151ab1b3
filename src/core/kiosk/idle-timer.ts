import { ATTRACT, remainingMs, step, type IdleEffect, type IdleState, type IdleTimings } from './idle-machine.ts';

/**
 * The idle machine with its clock injected: the browser passes `performance.now`, tests a fake clock. The caller
 * calls `tick()` often (the DOM driver every 250 ms) and acts on the returned effects.
 */
export class IdleTimer {
  private current: IdleState = ATTRACT;

  constructor(
    private readonly now: () => number,
    private timings: IdleTimings,
  ) {}

  get state(): IdleState {
    return this.current;
  }

  /** New timings apply from the next event (staff changes never cut a visitor short mid-countdown). */
  retime(timings: IdleTimings): void {
    this.timings = timings;
  }

  begin(): IdleEffect {
    return this.apply({ kind: 'begin', at: this.now() });
  }

  input(): IdleEffect {
    return this.apply({ kind: 'input', at: this.now() });
  }

  passage(words: number): IdleEffect {
    return this.apply({ kind: 'passage', at: this.now(), words });
  }

  tick(): IdleEffect {
    return this.apply({ kind: 'tick', at: this.now() });
  }

  remainingMs(): number {
    return remainingMs(this.current, this.now());
  }

  private apply(event: Parameters<typeof step>[1]): IdleEffect {
    const { state, effect } = step(this.current, event, this.timings);
    this.current = state;
    return effect;
  }
}
