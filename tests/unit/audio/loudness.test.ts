import { describe, expect, it } from 'vitest';
import {
  K_WEIGHTING_48K,
  LOUDNESS_OFFSET,
  biquadPower,
  coefficientsFor,
  integratedLoudness,
  truePeakDb,
} from '../../../tools/audio/loudness.mjs';
import { normaliseLoudness } from '../../../tools/audio/normalise.mjs';

function sine(freq: number, peakDbfs: number, rate: number, seconds: number, phase = 0): Float64Array {
  const amp = 10 ** (peakDbfs / 20);
  return Float64Array.from(
    { length: Math.round(rate * seconds) },
    (_, i) => amp * Math.sin((2 * Math.PI * freq * i) / rate + phase),
  );
}

/** K-weighting's power gain at `freq`, from the standard's own 48 kHz table (no code under test involved). */
function kPower48(freq: number): number {
  return biquadPower(K_WEIGHTING_48K.shelf, freq, 48000) * biquadPower(K_WEIGHTING_48K.highpass, freq, 48000);
}

/** What BS.1770 says a steady sine reads: -0.691 + 10·log10(Σ channels of mean square × K-weighting gain). */
function expectedSineLoudness(freq: number, peakDbfs: number, channels: number): number {
  const meanSquare = 10 ** (peakDbfs / 10) / 2;
  return LOUDNESS_OFFSET + 10 * Math.log10(channels * meanSquare * kPower48(freq));
}

describe('the K-weighting filters', () => {
  it('come back exactly as the standard tabulates them when designed for 48 kHz', () => {
    for (const stage of [K_WEIGHTING_48K.shelf, K_WEIGHTING_48K.highpass]) {
      const designed = coefficientsFor(stage, 48000);
      designed.forEach((c: number, k: number) => expect(c).toBeCloseTo(stage[k]!, 12));
    }
  });

  it('have the same response at 32 and 44.1 kHz as at 48 kHz, within 0.05 dB from 20 Hz to 10 kHz', () => {
    for (const rate of [32000, 44100]) {
      const shelf = coefficientsFor(K_WEIGHTING_48K.shelf, rate);
      const highpass = coefficientsFor(K_WEIGHTING_48K.highpass, rate);
      for (const f of [20, 40, 100, 500, 997, 2000, 4000, 8000, 10000]) {
        const here = 10 * Math.log10(biquadPower(shelf, f, rate) * biquadPower(highpass, f, rate));
        expect(Math.abs(here - 10 * Math.log10(kPower48(f))), `${f} Hz at ${rate}`).toBeLessThan(0.05);
      }
    }
  });
});

describe('integrated loudness (BS.1770-4)', () => {
  it('reads a 997 Hz sine at -20 dBFS on one channel as -23.0 LUFS, at 48, 44.1 and 32 kHz', () => {
    const expected = expectedSineLoudness(997, -20, 1);
    expect(expected).toBeCloseTo(-23.01, 2); // the standard's calibration: 0 dBFS on one channel reads -3.01
    for (const rate of [48000, 44100, 32000]) {
      expect(Math.abs(integratedLoudness([sine(997, -20, rate, 10)], rate) - expected), `${rate}`).toBeLessThan(0.02);
    }
  });

  it('reads a 1 kHz sine at -18 dBFS peak on both stereo channels as -18.0 LUFS', () => {
    const rate = 48000;
    const expected = expectedSineLoudness(1000, -18, 2);
    expect(expected).toBeCloseTo(-18.0, 1);
    const x = sine(1000, -18, rate, 10);
    expect(Math.abs(integratedLoudness([x, x], rate) - expected)).toBeLessThan(0.02);
  });

  it('weights the surround channels by 1.41', () => {
    const rate = 48000;
    const x = sine(997, -20, rate, 5);
    const weighted = integratedLoudness([x], rate, [1.41]);
    expect(weighted - integratedLoudness([x], rate)).toBeCloseTo(10 * Math.log10(1.41), 3);
  });

  it('ignores silence through the absolute gate (-70 LUFS)', () => {
    const rate = 32000;
    const tone = sine(997, -20, rate, 10);
    const withSilence = new Float64Array(tone.length * 2);
    withSilence.set(tone);
    // 97 full blocks, then three that straddle the end (75 %, 50 %, 25 % tone) pass both gates; the silent ones
    // (under -70 LUFS) do not count at all, however many there are
    const straddle = 10 * Math.log10((97 + 0.75 + 0.5 + 0.25) / 100);
    expect(integratedLoudness([withSilence], rate)).toBeCloseTo(integratedLoudness([tone], rate) + straddle, 3);
    const moreSilence = new Float64Array(tone.length * 5);
    moreSilence.set(tone);
    expect(integratedLoudness([moreSilence], rate)).toBeCloseTo(integratedLoudness([withSilence], rate), 6);
  });

  it('leaves out a passage more than 10 LU under the rest through the relative gate', () => {
    const rate = 32000;
    const loud = sine(997, -20, rate, 10);
    const quiet = sine(997, -40, rate, 10);
    const both = new Float64Array(loud.length + quiet.length);
    both.set(loud);
    both.set(quiet, loud.length);
    // ungated, the mean power would read about -26 LUFS; gated, only the loud half counts
    expect(Math.abs(integratedLoudness([both], rate) - expectedSineLoudness(997, -20, 1))).toBeLessThan(0.1);
  });

  it('keeps a passage less than 10 LU under the rest', () => {
    const rate = 32000;
    const a = sine(997, -20, rate, 10);
    const b = sine(997, -26, rate, 10);
    const both = new Float64Array(a.length + b.length);
    both.set(a);
    both.set(b, a.length);
    const meanSquare = (10 ** (-20 / 10) + 10 ** (-26 / 10)) / 4;
    const expected = LOUDNESS_OFFSET + 10 * Math.log10(meanSquare * kPower48(997));
    expect(Math.abs(integratedLoudness([both], rate) - expected)).toBeLessThan(0.05);
  });

  it('reads silence, and anything shorter than one 400 ms block, as minus infinity', () => {
    expect(integratedLoudness([new Float64Array(32000)], 32000)).toBe(-Infinity);
    expect(integratedLoudness([sine(997, -20, 32000, 0.3)], 32000)).toBe(-Infinity);
  });
});

describe('true peak', () => {
  it('finds the peak between samples: a quarter-rate sine sampled at ±45° reads 0 dBTP, 3 dB over its samples', () => {
    const rate = 32000;
    const n = rate * 2;
    // faded in and out, so the start and end do not ring
    const x = Float64Array.from(
      { length: n },
      (_, i) => Math.sin((Math.PI * i) / 2 + Math.PI / 4) * Math.min(1, i / 3200, (n - 1 - i) / 3200),
    );
    const samplePeak = 20 * Math.log10(Math.max(...x.map(Math.abs)));
    expect(samplePeak).toBeCloseTo(-3.01, 1);
    expect(Math.abs(truePeakDb(x))).toBeLessThan(0.05);
  });

  it('equals the sample peak for a low tone', () => {
    const x = sine(100, -6, 32000, 1);
    expect(truePeakDb(x)).toBeCloseTo(-6, 2);
  });
});

describe('normaliseLoudness', () => {
  it('brings a sound to its target under the true-peak ceiling', () => {
    const rate = 32000;
    const x = sine(440, -3, rate, 4);
    const { samples, limited } = normaliseLoudness(x, rate, -26, -2);
    expect(integratedLoudness([samples], rate)).toBeCloseTo(-26, 1);
    expect(truePeakDb(samples)).toBeLessThanOrEqual(-2);
    expect(limited).toBe(false);
  });

  it('limits a spiky sound so it reaches a loud target without going over the ceiling', () => {
    const rate = 32000;
    const x = sine(300, -30, rate, 4);
    for (let k = 0; k < 8; k++) x[k * 16000 + 100] = 0.9; // clicks far above the tone
    const { samples, limited } = normaliseLoudness(x, rate, -18, -2);
    expect(limited).toBe(true);
    expect(truePeakDb(samples)).toBeLessThanOrEqual(-2 + 0.01);
    expect(Math.abs(integratedLoudness([samples], rate) - -18)).toBeLessThan(0.2);
  });
});
