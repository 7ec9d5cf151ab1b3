import { describe, expect, it } from 'vitest';
import { openStory } from '../../../src/app/open-story.ts';

/** A hash that resolves only when the test says so, recording what happened before it did. */
function heldIdentity(value: string) {
  const events: string[] = [];
  let release: () => void = () => undefined;
  const identify = (text: string) => {
    events.push(`hash asked for ${text}`);
    return new Promise<string>((resolve) => {
      release = () => {
        events.push('hash known');
        resolve(value);
      };
    });
  };
  return { events, identify, release: () => release() };
}

describe('openStory', () => {
  it('parses the story while its hash is still being computed', async () => {
    const held = heldIdentity('abc');
    const opened = openStory('{story}', 'abc', (text) => (held.events.push(`parsed ${text}`), 'engine'), held.identify);
    expect(held.events).toEqual(['hash asked for {story}', 'parsed {story}']);
    held.release();
    await expect(opened).resolves.toBe('engine');
    expect(held.events.at(-1)).toBe('hash known');
  });

  it('refuses a story whose hash is not the one the page names, naming both', async () => {
    const held = heldIdentity('def');
    const opened = openStory('{other}', 'abc', () => 'engine', held.identify);
    held.release();
    await expect(opened).rejects.toThrow('the story file is def, this page expects abc');
  });

  it('gives the parse error for a file that is not a story, and leaves no unhandled rejection behind', async () => {
    const failingHash = () => Promise.reject(new Error('no digest'));
    const opened = openStory(
      '<html>proxy error</html>',
      'abc',
      () => {
        throw new SyntaxError('not JSON');
      },
      failingHash,
    );
    await expect(opened).rejects.toThrow('not JSON');
  });

  it('refuses a story when the page names no hash at all', async () => {
    const held = heldIdentity('abc');
    const opened = openStory('{story}', undefined, () => 'engine', held.identify);
    held.release();
    await expect(opened).rejects.toThrow('this page expects undefined');
  });
});
