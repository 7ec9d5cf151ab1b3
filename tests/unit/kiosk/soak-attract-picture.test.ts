// The kiosk soaks sample the stage at one fixed state, the attract loop's first picture: the robot's constant (plain
// ESM, for the benchmark tools) must name the picture the kiosk really shows after every idle reset.
import { describe, expect, it } from 'vitest';
import { attractStage } from '../../../src/core/kiosk/attract-cycle.ts';
import { ATTRACT_FIRST_PICTURE } from '../../../tools/bench/kiosk-robot.mjs';

describe('the picture the kiosk soaks sample at', () => {
  it('is the attract loop’s first step, as the stage reports it (<scene>/<time>)', () => {
    const first = attractStage(0);
    expect(ATTRACT_FIRST_PICTURE).toBe(`${first.scene}/${first.time}`);
  });
});
