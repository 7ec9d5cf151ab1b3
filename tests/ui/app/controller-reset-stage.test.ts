// @vitest-environment happy-dom
// The kiosk's idle reset forgets the story, pictures included: a story picture still waiting for its paint (the
// controller draws pictures two animation frames after the text) must not come up over the attract loop's picture.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attractStage } from '../../../src/core/kiosk/attract-cycle.ts';
import type { StageState } from '../../../src/core/stage/stage-state.ts';
import { compileInk } from '../../support/compile-inline.ts';
import { domController } from '../../support/dom-controller.ts';

const STORY = `
-> start
=== start
The full story.
-> END
=== kiosk
# scene: patio
A visitor reads in the patio.
* [Go to the gate] -> gate
=== gate
# scene: gate
The gate is barred.
* [Go on] -> END
`;
const JSON_STORY = compileInk(STORY);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the controller’s pictures across a reset', () => {
  it('never draws a picture of the forgotten story after the reset, so the attract picture stays', () => {
    const { controller } = domController(JSON_STORY, '?mode=kiosk');
    const shown: StageState[] = [];
    controller.attachStage({ show: (stage) => shown.push(stage) });
    controller.begin({ kind: 'kiosk' });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(shown.at(-1)?.scene).toBe('patio'); // pictures do follow the story while it is played
    controller.choose(0); // the gate's picture now waits for two animation frames
    controller.reset({ kind: 'kiosk' }); // the visitor walked away before they came
    controller.showScene(attractStage(0));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(shown.at(-1)).toEqual(attractStage(0));
    expect(shown.some((stage) => stage.scene === 'gate')).toBe(false);
  });
});
