// Types for seeded-random.mjs.
export function seededRandom(seed: number): () => number;
