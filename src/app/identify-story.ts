/**
 * The fetched story file's identity, as `core/story/story-identity.ts` defines it (the first 16 hex digits of the
 * SHA-256 of its UTF-8 text). Where the origin is secure, Web Crypto computes it off the main thread with no code to
 * load; elsewhere (a museum serving plain http on its LAN) the core's own SHA-256 is fetched and run, only then, so
 * it costs the first text nothing on the ordinary path.
 */
export async function identifyStory(text: string): Promise<string> {
  const subtle = !globalThis.isSecureContext ? undefined : globalThis.crypto?.subtle;
  if (subtle) {
    const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  const { storyIdentity } = await import('../core/story/story-identity.ts');
  return storyIdentity(text);
}
