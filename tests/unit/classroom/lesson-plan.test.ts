import { describe, expect, it } from 'vitest';
import { resolvePlan, tellingFor } from '../../../src/core/classroom/lesson-plan.ts';

describe('the lesson plan', () => {
  it('gives the 45-minute lesson the classroom cut and the 90-minute lesson the full chapter', () => {
    expect(tellingFor('45')).toBe('cut');
    expect(tellingFor('90')).toBe('full');
  });

  it('takes the plan from the classroom link first, then from this device, else 45 minutes', () => {
    expect(resolvePlan('90', '45')).toBe('90');
    expect(resolvePlan(null, '90')).toBe('90');
    expect(resolvePlan(null, null)).toBe('45');
    expect(resolvePlan('<script>', 'nonsense')).toBe('45');
    expect(resolvePlan('9'.repeat(5000), null)).toBe('45');
  });
});
