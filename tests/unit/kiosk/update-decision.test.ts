import { describe, expect, it } from 'vitest';
import {
  ATTRACT_BACKSTOP_MS,
  shouldApplyUpdate,
  type UpdateSituation,
} from '../../../src/core/kiosk/update-decision.ts';

const kiosk = (over: Partial<UpdateSituation>): UpdateSituation => ({
  kiosk: true,
  waiting: true,
  moment: 'idle-reset',
  attractForMs: 0,
  ...over,
});

describe('when a waiting new version takes over the page', () => {
  it('applies in kiosk mode at an idle reset, when the visitor has gone', () => {
    expect(shouldApplyUpdate(kiosk({}))).toBe(true);
  });

  it('never applies in front of a visitor, however long the update has waited', () => {
    expect(shouldApplyUpdate(kiosk({ moment: 'visit', attractForMs: 10 * ATTRACT_BACKSTOP_MS }))).toBe(false);
  });

  it('applies in an untouched attract loop only after the backstop time', () => {
    expect(shouldApplyUpdate(kiosk({ moment: 'attract', attractForMs: ATTRACT_BACKSTOP_MS - 1 }))).toBe(false);
    expect(shouldApplyUpdate(kiosk({ moment: 'attract', attractForMs: ATTRACT_BACKSTOP_MS }))).toBe(true);
  });

  it('does nothing without a waiting version, and outside kiosk mode leaves it to the browser (next visit)', () => {
    expect(shouldApplyUpdate(kiosk({ waiting: false }))).toBe(false);
    for (const moment of ['idle-reset', 'attract', 'visit'] as const) {
      expect(shouldApplyUpdate({ kiosk: false, waiting: true, moment, attractForMs: ATTRACT_BACKSTOP_MS })).toBe(false);
    }
  });
});
