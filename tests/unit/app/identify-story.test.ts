import { webcrypto } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { identifyStory, type DigestFn } from '../../../src/app/identify-story.ts';
import { storyIdentity } from '../../../src/core/story/story-identity.ts';

const STORY = '{"inkVersion":21,"root":[["^Año 1940 — Coyoacán 🌵","\\n","done",null]]}';

describe('identifyStory', () => {
  it('gives the core identity through Web Crypto where the page offers it', async () => {
    const digest = vi.fn<DigestFn>((algorithm, data) => webcrypto.subtle.digest(algorithm, data));
    expect(await identifyStory(STORY, digest)).toBe(storyIdentity(STORY));
    expect(digest).toHaveBeenCalledTimes(1);
  });

  it('falls back to the core SHA-256 where Web Crypto is missing, with the same identity', async () => {
    expect(await identifyStory(STORY, undefined)).toBe(storyIdentity(STORY));
  });

  it('tells two different story files apart', async () => {
    const digest: DigestFn = (algorithm, data) => webcrypto.subtle.digest(algorithm, data);
    expect(await identifyStory(STORY, digest)).not.toBe(await identifyStory(STORY.replace('1940', '1941'), digest));
  });
});
