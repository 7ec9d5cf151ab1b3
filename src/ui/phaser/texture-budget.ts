// The texture memory budget (docs/art.md, "Texture memory"). Pure, so it is tested in node; stage-scene.ts applies it.
// A texture costs width × height × 4 bytes on the GPU (and as much again for the decoded bitmap kept so a lost WebGL
// context can be restored). Pictures on screen always stay; older ones go, least recently used first, until what is
// held off screen fits the budget: in bytes AND in count. Bytes alone let the count drift with the sizes of what was
// last seen (small overlays fill the bytes large scenes leave: a kiosk soak held 14 textures at visit 20 and 13 at
// visit 100); with a count too, a kiosk that has shown more than MAX_OFF_SCREEN_TEXTURES pictures holds the same
// number after every visit: those on screen, the pinned plan, and exactly the count.

/** Bytes of decoded pictures kept off screen for quick returns: 3 scenes 1920 wide, or 6 at 1280, or 1 at 2560. */
export const OFF_SCREEN_BUDGET_BYTES = 3 * 1920 * 1080 * 4;

/** Pictures kept off screen for quick returns, whatever their size (a scene and a few of its overlays). */
export const MAX_OFF_SCREEN_TEXTURES = 6;

export interface TextureBudget {
  readonly bytes: number;
  readonly textures: number;
}

export const OFF_SCREEN_BUDGET: TextureBudget = { bytes: OFF_SCREEN_BUDGET_BYTES, textures: MAX_OFF_SCREEN_TEXTURES };

export interface HeldTexture {
  readonly key: string;
  readonly bytes: number;
}

/** Keys to remove, oldest first. `held` is least recently used first; keys in `onScreen` or `pinned` never go. */
export function texturesToEvict(
  held: readonly HeldTexture[],
  onScreen: ReadonlySet<string>,
  budget: TextureBudget,
  pinned: ReadonlySet<string> = new Set(),
): string[] {
  let offScreen = 0;
  let count = 0;
  for (const t of held) {
    if (onScreen.has(t.key) || pinned.has(t.key)) continue;
    offScreen += t.bytes;
    count++;
  }
  const evict: string[] = [];
  for (const t of held) {
    if (offScreen <= budget.bytes && count <= budget.textures) break;
    if (onScreen.has(t.key) || pinned.has(t.key)) continue;
    evict.push(t.key);
    offScreen -= t.bytes;
    count--;
  }
  return evict;
}
