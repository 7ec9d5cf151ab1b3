// The texture memory budget (docs/art.md, "Texture memory"). Pure, so it is tested in node; stage-scene.ts applies it.
// A texture costs width × height × 4 bytes on the GPU (and as much again for the decoded bitmap kept so a lost WebGL
// context can be restored). Pictures on screen always stay; older ones go, least recently used first, until what is
// held off screen fits the budget.

/** Bytes of decoded pictures kept off screen for quick returns: 3 scenes 1920 wide, or 6 at 1280, or 1 at 2560. */
export const OFF_SCREEN_BUDGET_BYTES = 3 * 1920 * 1080 * 4;

export interface HeldTexture {
  readonly key: string;
  readonly bytes: number;
}

/** Keys to remove, oldest first. `held` is least recently used first; keys in `onScreen` or `pinned` never go. */
export function texturesToEvict(
  held: readonly HeldTexture[],
  onScreen: ReadonlySet<string>,
  budget: number,
  pinned: ReadonlySet<string> = new Set(),
): string[] {
  let offScreen = 0;
  for (const t of held) if (!onScreen.has(t.key) && !pinned.has(t.key)) offScreen += t.bytes;
  const evict: string[] = [];
  for (const t of held) {
    if (offScreen <= budget) break;
    if (onScreen.has(t.key) || pinned.has(t.key)) continue;
    evict.push(t.key);
    offScreen -= t.bytes;
  }
  return evict;
}
