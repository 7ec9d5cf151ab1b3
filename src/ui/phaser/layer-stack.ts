// The stage never holds more than two full-screen pictures: the one fading in and the one it fades over. Pure, so
// the rule is tested in node; stage-scene.ts applies it to its Phaser containers.

/** The most pictures that may exist at once, however fast the story changes scene. */
export const MAX_LAYERS = 2;

export interface StackChange<T> {
  /** Bottom to top: what stays on the stage, the new picture last. */
  readonly keep: readonly T[];
  /** What must be destroyed now (a crossfade in progress is cut: its picture either stays as the bottom or goes). */
  readonly retire: readonly T[];
}

/**
 * A new picture arrives over `stack` (bottom to top). The topmost existing picture is the one the visitor sees most
 * of, so it stays underneath the new one; everything below it goes at once.
 */
export function pushLayer<T>(stack: readonly T[], next: T, max: number = MAX_LAYERS): StackChange<T> {
  if (max < 1) throw new Error('a stage needs room for one picture');
  const room = max - 1;
  const keepOld = room === 0 ? [] : stack.slice(-room);
  const retire = stack.slice(0, stack.length - keepOld.length);
  return { keep: [...keepOld, next], retire };
}
