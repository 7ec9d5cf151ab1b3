import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, storyIdentity } from '../../../src/core/story/story-identity.ts';
import { storyHash } from '../../../tools/ink/vite-plugin-ink.ts';
import { compileInk } from '../../support/compile-inline.ts';

const nodeSha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the identity of a story file, computed in the page from the file itself', () => {
  it('is SHA-256 as Node computes it, for the standard test vectors and for text of every UTF-8 length', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const texts = ['abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Coyoacán, 1940 — «Avenida Viena» 𝄞 🇲🇽'];
    for (const text of [...texts, 'ñ'.repeat(1000), 'lone \ud800 surrogate']) {
      expect(storyIdentity(text), text.slice(0, 20)).toBe(nodeSha(text).slice(0, 16));
    }
  });

  it('matches the hash the build stamps for a compiled story, and differs for any other story', () => {
    const ours = compileInk('Our story.\n-> END\n');
    const theirs = compileInk('Another game entirely.\n-> END\n');
    expect(storyIdentity(ours)).toBe(storyHash(ours));
    expect(storyIdentity(theirs)).not.toBe(storyHash(ours));
  });
});
