// Decodes a committed sound to float samples with sox (the tools' decoder; the tests use a WebAssembly one).
import { execFileSync } from 'node:child_process';

/** Decode `file` to mono floats at `rate` (32-bit float PCM, so nothing is rounded to 16 bits on the way). */
export function decodeWithSox(file, rate = 32000) {
  const raw = execFileSync(
    'sox',
    [file, '-t', 'raw', '-e', 'floating-point', '-b', '32', '-c', '1', '-r', String(rate), '-'],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const out = new Float32Array(raw.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = raw.readFloatLE(i * 4);
  return out;
}
