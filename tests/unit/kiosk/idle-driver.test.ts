import { describe, expect, it } from 'vitest';
import { KIOSK_DEFAULTS, timingsOf } from '../../../src/core/kiosk/kiosk-config.ts';
import type { Clock } from '../../../src/ui/dom/kiosk/clock.ts';
import { IdleDriver } from '../../../src/ui/dom/kiosk/idle-driver.ts';

/** A clock that moves only when told: timers fire in time order as `advance` passes them. */
function fakeClock() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; every: number | null; run: () => void }>();
  const add = (ms: number, run: () => void, every: boolean) => {
    const id = next++;
    timers.set(id, { at: now + ms, every: every ? ms : null, run });
    return () => void timers.delete(id);
  };
  const clock: Clock = {
    now: () => now,
    every: (ms, run) => add(ms, run, true),
    after: (ms, run) => add(ms, run, false),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      now = timer.at;
      if (timer.every === null) timers.delete(id);
      else timer.at += timer.every;
      timer.run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

function drive() {
  const { clock, advance, pending } = fakeClock();
  const events: string[] = [];
  const warning = {
    update: (ms: number) => events.push(`warn ${Math.ceil(ms / 1000)}`),
    hide: () => events.push('hide'),
  };
  const driver = new IdleDriver({
    clock,
    timings: timingsOf(KIOSK_DEFAULTS),
    warning,
    startVisit: () => events.push('start'),
    endVisit: () => events.push('end'),
    attractTick: () => {},
    changed: () => {},
  });
  return { driver, advance, events, pending };
}

describe('the idle driver on a fake clock', () => {
  it('begins a visit, warns at exactly 60 s of quiet and ends it 20 s later', () => {
    const { driver, advance, events } = drive();
    driver.begin();
    expect(events).toEqual(['start']);
    advance(59_750);
    expect(driver.phase).toBe('playing');
    advance(250);
    expect(driver.phase).toBe('warning');
    expect(events.at(-1)).toBe('warn 20');
    advance(20_000);
    expect(events.at(-1)).toBe('end');
    expect(driver.phase).toBe('attract');
  });

  it('keeps the warning up after a dismissing touch until its click lands, or one second at most', () => {
    const { driver, advance, events } = drive();
    driver.begin();
    advance(61_000);
    driver.input('touch');
    expect(driver.phase).toBe('playing');
    expect(events.at(-1)).not.toBe('hide');
    driver.clicked();
    expect(events.at(-1)).toBe('hide');
    advance(61_000);
    driver.input('touch');
    advance(999);
    expect(events.at(-1)).not.toBe('hide');
    advance(1);
    expect(events.at(-1)).toBe('hide');
  });

  it('gives a long passage its reading time, and ignores passages while the attract is up', () => {
    const { driver, advance } = drive();
    driver.passage(500);
    expect(driver.phase).toBe('attract');
    driver.begin();
    driver.passage(240); // two minutes at 120 words a minute
    advance(119_000);
    expect(driver.phase).toBe('playing');
    advance(1_250);
    expect(driver.phase).toBe('warning');
  });

  it('stops every timer when disposed', () => {
    const { driver, advance, pending } = drive();
    driver.begin();
    advance(61_000);
    driver.input('touch');
    expect(pending()).toBe(2);
    driver.dispose();
    expect(pending()).toBe(0);
  });
});
