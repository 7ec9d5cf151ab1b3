// Types for story-shape.mjs (a plain ESM module used by the parity check and its tests).

/** A compiled story's root with its prose blanked: JSON values only. */
export type StoryShape = unknown;

/** The compiled JSON's root with every non-tag text run replaced by "^". */
export function storyShape(json: string): StoryShape;

/** The first place where two shapes differ, as a readable path, or null when they match. */
export function firstDifference(a: StoryShape, b: StoryShape, path?: string): string | null;
