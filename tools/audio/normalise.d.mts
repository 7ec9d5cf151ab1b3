// Types for normalise.mjs (see loudness.d.mts).
export declare const LOUDNESS_TARGETS: {
  readonly music: number;
  readonly ambience: number;
  readonly oneshot: number;
  readonly sfx: number;
};
export declare const TRUE_PEAK_CEILING_DB: number;
export declare const LOUDNESS_TOLERANCE_LU: number;
export declare function normaliseLoudness(
  x: ArrayLike<number>,
  rate: number,
  targetLufs: number,
  ceilingDb?: number,
): { samples: Float32Array; limited: boolean };
