// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INFO_NOTICE_MS, Notices } from '../../../src/ui/dom/notices.ts';

let notices: Notices;
const shown = () => [...document.querySelectorAll('.notice span:first-child')].map((el) => el.textContent);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  notices = new Notices(document.body, 'Dismiss');
});
afterEach(() => vi.useRealTimers());

describe('notices', () => {
  it('lets a plain report go by itself after a while, announced in a polite status region', () => {
    notices.show('Loaded: I. Arrival');
    expect(document.querySelector('.notices')?.getAttribute('role')).toBe('status');
    expect(shown()).toEqual(['Loaded: I. Arrival']);
    vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    expect(shown()).toEqual(['Loaded: I. Arrival']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it('keeps warnings and notices with an action until the player dismisses them', () => {
    notices.show('Storage is off', 'warning');
    notices.show('A part is missing', 'info', { label: 'Reload', run: () => undefined });
    vi.advanceTimersByTime(INFO_NOTICE_MS * 10);
    expect(shown()).toEqual(['Storage is off', 'A part is missing']);
    document.querySelector<HTMLButtonElement>('.notice-close')?.click();
    expect(shown()).toEqual(['A part is missing']);
  });

  it('waits while focus is on a report, and goes once focus leaves it', () => {
    const elsewhere = document.body.appendChild(document.createElement('button'));
    notices.show('Code accepted');
    document.querySelector<HTMLButtonElement>('.notice-close')?.focus();
    vi.advanceTimersByTime(INFO_NOTICE_MS * 3);
    expect(shown()).toEqual(['Code accepted']);
    elsewhere.focus();
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });
});
