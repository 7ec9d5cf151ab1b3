// Types for loudness.mjs (the tools are plain JavaScript run by Node; the tests are TypeScript).
type Coefficients = readonly [number, number, number, number, number];
export declare const K_WEIGHTING_48K: { readonly shelf: Coefficients; readonly highpass: Coefficients };
export declare const LOUDNESS_OFFSET: number;
export declare function coefficientsFor(stage: Coefficients, rate: number): [number, number, number, number, number];
export declare function runBiquad(x: ArrayLike<number>, coefficients: Coefficients): Float64Array;
export declare function biquadPower(coefficients: Coefficients, freq: number, rate: number): number;
export declare function kWeight(x: ArrayLike<number>, rate: number): Float64Array;
export declare function integratedLoudness(
  channels: readonly ArrayLike<number>[],
  rate: number,
  gains?: readonly number[],
): number;
export declare function truePeakLinear(x: ArrayLike<number>): number;
export declare function truePeakDb(x: ArrayLike<number>): number;
