import { describe, expect, it } from 'vitest';
import { planReconcile, SILENCE } from '../../../src/core/audio/reconcile-plan.ts';

describe('planReconcile', () => {
  it('plans nothing when the playing state already matches the declared one', () => {
    expect(planReconcile({ music: 'house', ambience: 'garden' }, { music: 'house', ambience: 'garden' })).toEqual([]);
    expect(planReconcile(SILENCE, SILENCE)).toEqual([]);
  });

  it('plans one change per channel that differs, naming both sides', () => {
    expect(planReconcile({ music: 'house', ambience: 'garden' }, { music: 'dread', ambience: 'garden' })).toEqual([
      { channel: 'music', from: 'house', to: 'dread' },
    ]);
    expect(planReconcile(SILENCE, { music: 'title', ambience: 'night' })).toEqual([
      { channel: 'music', from: null, to: 'title' },
      { channel: 'ambience', from: null, to: 'night' },
    ]);
  });

  it('plans a fade to silence when the story declares none', () => {
    expect(planReconcile({ music: 'grief', ambience: 'crowd' }, { music: null, ambience: 'crowd' })).toEqual([
      { channel: 'music', from: 'grief', to: null },
    ]);
  });
});
