import { describe, expect, it } from 'vitest';
import { parseTag } from '../../../src/core/tags/parse-tag.ts';

describe('parseTag', () => {
  it('reads a scene tag into a scene command', () => {
    expect(parseTag('scene: patio')).toEqual({ ok: true, command: { kind: 'scene', scene: 'patio' } });
  });

  it('tolerates spaces and upper-case keys, as Inky writers type them', () => {
    expect(parseTag('  Time :  dusk ')).toEqual({ ok: true, command: { kind: 'time', time: 'dusk' } });
    expect(parseTag('CLEAR')).toEqual({ ok: true, command: { kind: 'clear' } });
  });

  it('maps the Inky preview tags onto our commands', () => {
    expect(parseTag('AUDIO: gunfire')).toEqual({ ok: true, command: { kind: 'sfx', sfx: 'gunfire' } });
    expect(parseTag('AUDIOLOOP: night')).toEqual({ ok: true, command: { kind: 'ambience', ambience: 'night' } });
    expect(parseTag('IMAGE: study')).toEqual({ ok: true, command: { kind: 'scene', scene: 'study' } });
    expect(parseTag('CLASS: letter')).toEqual({ ok: true, command: { kind: 'class', textClass: 'letter' } });
  });

  it('turns "none" into silence for music and ambience', () => {
    expect(parseTag('music: none')).toEqual({ ok: true, command: { kind: 'music', music: null } });
    expect(parseTag('ambience: none')).toEqual({ ok: true, command: { kind: 'ambience', ambience: null } });
  });

  it('reports an unknown scene as a problem instead of throwing', () => {
    const result = parseTag('scene: moon');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/unknown scene/);
  });

  it('reports an unknown key, an empty tag and a tag that is too long', () => {
    expect(parseTag('weather: rain').ok).toBe(false);
    expect(parseTag('   ').ok).toBe(false);
    expect(parseTag(`cite: ${'a'.repeat(300)}`).ok).toBe(false);
  });

  it('requires record, cite and pushback values to be plain ids', () => {
    expect(parseTag('record: raid_1940_05_24')).toEqual({
      ok: true,
      command: { kind: 'record', beat: 'raid_1940_05_24' },
    });
    expect(parseTag('record: <img src=x>').ok).toBe(false);
    expect(parseTag('cite: Patenaude 2009').ok).toBe(false);
    expect(parseTag('pushback: search_jacson')).toEqual({
      ok: true,
      command: { kind: 'pushback', id: 'search_jacson' },
    });
  });

  it('refuses a value on flags that take none', () => {
    expect(parseTag('pause: now').ok).toBe(false);
    expect(parseTag('invented')).toEqual({ ok: true, command: { kind: 'invented' } });
  });

  it('keeps global metadata tags', () => {
    expect(parseTag('title: Avenida Viena, 1940')).toEqual({
      ok: true,
      command: { kind: 'meta', key: 'title', value: 'Avenida Viena, 1940' },
    });
  });
});
