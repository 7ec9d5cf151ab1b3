import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE } from '../../../src/core/settings/language.ts';
import { saveDateFormat } from '../../../src/features/saves/install-saves.ts';

// The first Intl.DateTimeFormat of a page loads its locale's data: tens of milliseconds on a slow phone, which the
// first story text must not wait for (installSaves runs before Begin is enabled; docs/performance.md).
const Original = Intl.DateTimeFormat;
const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };

describe('saveDateFormat', () => {
  afterEach(() => {
    intl.DateTimeFormat = Original;
  });

  it('makes no date formatter until a date is first formatted, then reuses the one it made', () => {
    let made = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        made++;
      }
    }
    intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
    const format = saveDateFormat(DEFAULT_LANGUAGE);
    expect(made).toBe(0);
    const first = format(new Date(Date.UTC(2026, 11, 7, 14, 5)));
    const second = format(new Date(Date.UTC(2026, 11, 8, 9, 30)));
    expect(made).toBe(1);
    expect(first).toMatch(/2026/);
    expect(second).not.toBe(first);
  });
});
