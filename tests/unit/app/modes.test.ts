import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../../src/app/modes.ts';

describe('resolveMode', () => {
  it('plays the normal browser mode with no parameters', () => {
    expect(resolveMode('').mode.id).toBe('browser');
    expect(resolveMode('').problems).toEqual([]);
  });

  it('picks kiosk and classroom from ?mode=, in any case', () => {
    expect(resolveMode('?mode=kiosk').mode.id).toBe('kiosk');
    expect(resolveMode('?mode=CLASSROOM').mode.id).toBe('classroom');
  });

  it('marks invented and sourced lines by default in the classroom only', () => {
    expect(resolveMode('?mode=classroom').mode.marksByDefault).toBe(true);
    expect(resolveMode('').mode.marksByDefault).toBe(false);
    expect(resolveMode('?mode=kiosk').mode.marksByDefault).toBe(false);
  });

  it('gives kiosk mode no persistence, captions, the exhibit cut and an idle timer', () => {
    const { mode } = resolveMode('?mode=kiosk');
    expect(mode.persistence).toBe('none');
    expect(mode.captionsByDefault).toBe(true);
    expect(mode.entry).toBe('kiosk');
    expect(mode.idleWarningMs).toBe(60_000);
  });

  it('starts a classroom muted, with pauses that hold, and nowhere else', () => {
    const classroom = resolveMode('?mode=classroom').mode;
    expect(classroom.mutedByDefault).toBe(true);
    expect(classroom.pausePoints).toBe(true);
    expect(resolveMode('').mode.mutedByDefault).toBe(false);
    expect(resolveMode('?mode=kiosk').mode.mutedByDefault).toBe(false);
  });

  it('falls back to the browser mode with a clear problem for unknown, hostile or huge values', () => {
    const hostile = resolveMode('?mode=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.mode.id).toBe('browser');
    expect(hostile.problems[0]).toMatch(/Unknown mode/);
    expect(hostile.problems[0]).not.toMatch(/</);
    expect(resolveMode(`?mode=${'k'.repeat(5000)}`).problems[0]).toMatch(/too long/);
    expect(resolveMode('?mode=').mode.id).toBe('browser');
  });

  it('freezes the mode so nothing can change it after boot', () => {
    const { mode } = resolveMode('?mode=kiosk');
    expect(Object.isFrozen(mode)).toBe(true);
  });
});
