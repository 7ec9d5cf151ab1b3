import { describe, expect, it } from 'vitest';
import { createResetHooks } from '../../../src/core/reset/reset-hooks.ts';
import { createSettingsStore } from '../../../src/core/settings/settings-store.ts';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../../src/core/settings/settings.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';

describe('the settings store', () => {
  it('starts from what is stored, falling back field by field, and says what was wrong', () => {
    const storage = createMemoryStorage();
    storage.write(SETTINGS_KEY, JSON.stringify({ theme: 'dark', textSize: 'enormous' }));
    const store = createSettingsStore(storage, defaultSettings(true));
    expect(store.current().theme).toBe('dark');
    expect(store.current().textSize).toBe('normal');
    expect(store.current().captions).toBe(true);
    expect(store.problems.join()).toMatch(/textSize/);
  });

  it('puts a change in force, stores it and tells every listener, until one stops listening', () => {
    const storage = createMemoryStorage();
    const store = createSettingsStore(storage, defaultSettings(false));
    const heard: Settings[] = [];
    const stop = store.onChange((settings) => heard.push(settings));
    const dark = { ...store.current(), theme: 'dark' as const };
    store.set(dark);
    expect(store.current()).toBe(dark);
    expect(JSON.parse(storage.read(SETTINGS_KEY) ?? '{}')).toMatchObject({ theme: 'dark' });
    expect(heard).toEqual([dark]);
    stop();
    store.set({ ...dark, theme: 'contrast' });
    expect(heard).toHaveLength(1);
    expect(store.current().theme).toBe('contrast');
  });
});

describe('reset hooks', () => {
  it('run in the order registered, and a removed hook no longer runs', () => {
    const hooks = createResetHooks();
    const ran: string[] = [];
    hooks.register('a', () => ran.push('a'));
    const remove = hooks.register('b', () => ran.push('b'));
    hooks.register('c', () => ran.push('c'));
    expect(hooks.runAll()).toEqual([]);
    remove();
    hooks.runAll();
    expect(ran).toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  it('keep running after one throws, and name the one that failed', () => {
    const hooks = createResetHooks();
    const ran: string[] = [];
    const boom = new Error('boom');
    hooks.register('first', () => {
      throw boom;
    });
    hooks.register('second', () => ran.push('second'));
    expect(hooks.runAll()).toEqual([{ name: 'first', error: boom }]);
    expect(ran).toEqual(['second']);
  });
});
