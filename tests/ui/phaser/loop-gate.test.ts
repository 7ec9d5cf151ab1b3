// Phaser's loop runs only while something on the canvas changes, and sleeps once a frame shows the still picture.
import { describe, expect, it } from 'vitest';
import { LoopGate } from '../../../src/ui/phaser/loop-gate.ts';

describe('LoopGate', () => {
  it('lets the loop fall asleep after the first frame drawn with nothing moving', () => {
    const gate = new LoopGate();
    expect(gate.current).toBe('awake');
    expect(gate.drawn(false)).toBe(true);
    expect(gate.current).toBe('asleep');
  });

  it('keeps the loop awake for as long as a crossfade is moving, and sleeps after its last frame', () => {
    const gate = new LoopGate();
    gate.drawn(false);
    expect(gate.wake()).toBe(true); // a crossfade begins
    expect(gate.current).toBe('awake');
    for (let frame = 0; frame < 24; frame++) expect(gate.drawn(true)).toBe(false);
    expect(gate.current).toBe('awake');
    expect(gate.drawn(false)).toBe(true);
    expect(gate.current).toBe('asleep');
  });

  it('draws at least one frame after a wake even when nothing moves (a resize or a restored context)', () => {
    const gate = new LoopGate();
    gate.drawn(false);
    gate.wake();
    expect(gate.current).toBe('awake');
    expect(gate.drawn(false)).toBe(true);
  });

  it('asks the caller to wake the loop only when it was asleep', () => {
    const gate = new LoopGate();
    expect(gate.wake()).toBe(false); // already running at boot
    gate.drawn(false);
    expect(gate.wake()).toBe(true);
    expect(gate.wake()).toBe(false);
  });

  it('ignores a frame reported while asleep', () => {
    const gate = new LoopGate();
    gate.drawn(false);
    expect(gate.drawn(true)).toBe(false);
    expect(gate.current).toBe('asleep');
  });
});
