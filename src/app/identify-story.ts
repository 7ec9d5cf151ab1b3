/** What the page offers for hashing: Web Crypto's digest where the origin is secure, else nothing. */
export type DigestFn = (algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

function pageDigest(): DigestFn | undefined {
  // Node has no isSecureContext (undefined); a browser on plain http says false.
  if (!((globalThis.isSecureContext as boolean | undefined) ?? true)) return undefined;
  const subtle = globalThis.crypto?.subtle;
  return subtle ? (algorithm, data) => subtle.digest(algorithm, data) : undefined;
}

/**
 * The fetched story file's identity, as `core/story/story-identity.ts` defines it (the first 16 hex digits of the
 * SHA-256 of its UTF-8 text). Where the origin is secure, Web Crypto computes it off the main thread with no code to
 * load; elsewhere (a museum serving plain http on its LAN) the core's own SHA-256 is fetched and run, only then, so
 * it costs the first text nothing on the ordinary path.
 */
export async function identifyStory(text: string, digest: DigestFn | undefined = pageDigest()): Promise<string> {
  if (digest) {
    const bytes = new Uint8Array(await digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(bytes.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
  const { storyIdentity } = await import('../core/story/story-identity.ts');
  return storyIdentity(text);
}
