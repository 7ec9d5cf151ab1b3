// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../../src/ui/dom/lazy-part.ts';
import { Notices } from '../../../src/ui/dom/notices.ts';
import { en } from '../../../src/ui/strings/en.ts';

// A page left open across a redeploy: the chunk a button needs is gone from the server, so its import fails.

function setup(load: () => Promise<string>) {
  document.body.replaceChildren();
  const notices = new Notices(document.body, en.dismiss);
  const reload = vi.fn();
  const logger = { error: vi.fn() };
  const options = { notices, message: en.partMissing, reloadLabel: en.reloadPage, reload, logger };
  const part = lazyPart(load, 'saves', options);
  return { part, reload, logger };
}

describe('a part of the game loaded on first use', () => {
  it('says plainly that it is missing and offers a reload when its chunk cannot be fetched', async () => {
    const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { part, reload, logger } = setup(gone);
    expect(await part()).toBeNull();
    const notice = document.querySelector('.notice')!;
    expect(notice.textContent).toContain(en.partMissing);
    const button = [...notice.querySelectorAll('button')].find((b) => b.textContent === en.reloadPage)!;
    button.click();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('tries again at the next press, and loads once the chunk is there', async () => {
    let available = false;
    const load = vi.fn(() => (available ? Promise.resolve('panel') : Promise.reject(new Error('gone'))));
    const { part } = setup(load);
    expect(await part()).toBeNull();
    available = true;
    expect(await part()).toBe('panel');
    expect(await part()).toBe('panel');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
