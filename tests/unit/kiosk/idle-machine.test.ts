import { describe, expect, it } from 'vitest';
import { readingAllowanceMs, step, type IdleState, type IdleTimings } from '../../../src/core/kiosk/idle-machine.ts';
import { IdleTimer } from '../../../src/core/kiosk/idle-timer.ts';

const TIMINGS: IdleTimings = { warningMs: 60_000, countdownMs: 20_000, readingWpm: 120, maxReadingMs: 180_000 };

/** A clock that moves only when the test says so. */
function fakeClock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('the idle machine', () => {
  it('stays in attract until a visitor begins, whatever else happens', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    clock.advance(10 * 60_000);
    expect(timer.tick()).toBe('none');
    expect(timer.input()).toBe('none');
    expect(timer.state.phase).toBe('attract');
    expect(timer.begin()).toBe('start-visit');
    expect(timer.state.phase).toBe('playing');
  });

  it('warns after exactly 60 s without input and resets 20 s later', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    clock.advance(59_999);
    expect(timer.tick()).toBe('none');
    clock.advance(1);
    expect(timer.tick()).toBe('show-warning');
    expect(timer.remainingMs()).toBe(20_000);
    clock.advance(19_999);
    expect(timer.tick()).toBe('none');
    expect(timer.remainingMs()).toBe(1);
    clock.advance(1);
    expect(timer.tick()).toBe('end-visit');
    expect(timer.state.phase).toBe('attract');
  });

  it('restarts the quiet period on every input while playing', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    for (let i = 0; i < 10; i++) {
      clock.advance(50_000);
      expect(timer.tick()).toBe('none');
      timer.input();
    }
    expect(timer.state.phase).toBe('playing');
  });

  it('goes back to playing when the visitor touches during the warning', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    clock.advance(60_000);
    expect(timer.tick()).toBe('show-warning');
    clock.advance(15_000);
    expect(timer.input()).toBe('hide-warning');
    clock.advance(59_000);
    expect(timer.tick()).toBe('none');
    clock.advance(1_000);
    expect(timer.tick()).toBe('show-warning');
  });

  it('gives a long passage its reading time, capped, before warning', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    timer.passage(240); // 240 words at 120 wpm: two minutes
    clock.advance(119_999);
    expect(timer.tick()).toBe('none');
    clock.advance(1);
    expect(timer.tick()).toBe('show-warning');
    expect(readingAllowanceMs(10_000, TIMINGS)).toBe(180_000);
    expect(readingAllowanceMs(20, TIMINGS)).toBe(60_000);
    expect(readingAllowanceMs(Number.NaN, TIMINGS)).toBe(60_000);
  });

  it('keeps a passage allowance across touches that are not choices', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    timer.passage(240);
    clock.advance(30_000);
    timer.input();
    clock.advance(100_000);
    expect(timer.tick()).toBe('none');
    clock.advance(20_000);
    expect(timer.tick()).toBe('show-warning');
  });

  it('resets from any phase on a reset event, and reports the end of a visit only when one was running', () => {
    const states: IdleState[] = [
      { phase: 'attract' },
      { phase: 'playing', quietSince: 0, allowMs: 60_000 },
      { phase: 'warning', deadline: 5 },
    ];
    expect(states.map((s) => step(s, { kind: 'reset', at: 1 }, TIMINGS))).toEqual([
      { state: { phase: 'attract' }, effect: 'none' },
      { state: { phase: 'attract' }, effect: 'end-visit' },
      { state: { phase: 'attract' }, effect: 'end-visit' },
    ]);
  });

  it('uses new timings from the next event after a staff change', () => {
    const clock = fakeClock();
    const timer = new IdleTimer(clock.now, TIMINGS);
    timer.begin();
    timer.retime({ ...TIMINGS, warningMs: 30_000 });
    timer.passage(0);
    clock.advance(30_000);
    expect(timer.tick()).toBe('show-warning');
  });
});
