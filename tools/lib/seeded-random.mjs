// One seeded generator for the tools (mulberry32): the same seed gives the same sequence on every machine, so
// generated sounds, the verifier's random walks and the benchmark's bootstrap are reproducible.

/** A function returning numbers in [0, 1), seeded. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
