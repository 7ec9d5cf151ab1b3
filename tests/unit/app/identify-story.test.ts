import { describe, expect, it, vi } from 'vitest';
import { identifyStory } from '../../../src/app/identify-story.ts';
import { storyIdentity } from '../../../src/core/story/story-identity.ts';

const STORY = '{"inkVersion":21,"root":[["^Año 1940 — Coyoacán 🌵","\\n","done",null]]}';

describe('identifyStory', () => {
  it('gives the core identity through Web Crypto where the origin is secure', async () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    expect(await identifyStory(STORY)).toBe(storyIdentity(STORY));
    expect(digest).toHaveBeenCalledTimes(1);
    digest.mockRestore();
  });

  it('falls back to the core SHA-256 where Web Crypto is missing, with the same identity', async () => {
    vi.stubGlobal('isSecureContext', false);
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    expect(await identifyStory(STORY)).toBe(storyIdentity(STORY));
    expect(digest).not.toHaveBeenCalled();
    digest.mockRestore();
    vi.unstubAllGlobals();
  });

  it('tells two different story files apart', async () => {
    expect(await identifyStory(STORY)).not.toBe(await identifyStory(STORY.replace('1940', '1941')));
  });
});
