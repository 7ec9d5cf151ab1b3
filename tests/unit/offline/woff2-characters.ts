import { brotliDecompressSync } from 'node:zlib';

/**
 * The characters a WOFF2 font has a glyph for, read from its `cmap` table (format 4 or 12 subtables). Just enough of
 * the WOFF2 format (https://www.w3.org/TR/WOFF2/) for that: the table directory, the one Brotli stream of all
 * tables, and `cmap`, which WOFF2 never transforms. A test helper: fonts are data the tests check, not code the
 * game runs.
 */
export function woff2Characters(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file'); // 'wOF2'
  const numTables = view.getUint16(12);
  const compressedSize = view.getUint32(20);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = view.getUint8(at++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128');
  };
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let t = 0; t < numTables; t++) {
    const flags = view.getUint8(at++);
    const tagIndex = flags & 0x3f;
    if (tagIndex === 63) at += 4; // an arbitrary tag follows
    const version = flags >> 6;
    const origLength = base128();
    const isGlyfOrLoca = tagIndex === 10 || tagIndex === 11;
    const transformed = isGlyfOrLoca ? version === 0 : version !== 0;
    const length = transformed ? base128() : origLength;
    if (tagIndex === 0) cmap = { offset, length }; // known tag 0 is 'cmap'
    offset += length;
  }
  if (cmap === null) throw new Error('no cmap table');
  const tables = brotliDecompressSync(font.subarray(at, at + compressedSize));
  return cmapCharacters(new DataView(tables.buffer, tables.byteOffset + cmap.offset, cmap.length));
}

/** The characters that map to a glyph other than .notdef in any Unicode subtable of format 4 or 12. */
function cmapCharacters(cmap: DataView): Set<number> {
  const found = new Set<number>();
  const count = cmap.getUint16(2);
  for (let i = 0; i < count; i++) {
    const sub = cmap.getUint32(4 + i * 8 + 4);
    const format = cmap.getUint16(sub);
    if (format === 4) format4(cmap, sub, found);
    else if (format === 12) format12(cmap, sub, found);
  }
  return found;
}

function format4(cmap: DataView, sub: number, found: Set<number>): void {
  const segments = cmap.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) found.add(code);
    }
  }
}

function format12(cmap: DataView, sub: number, found: Set<number>): void {
  const groups = cmap.getUint32(sub + 12);
  for (let g = 0; g < groups; g++) {
    const at = sub + 16 + g * 12;
    const start = cmap.getUint32(at);
    const end = cmap.getUint32(at + 4);
    const firstGlyph = cmap.getUint32(at + 8);
    for (let code = start; code <= end; code++) if (firstGlyph + (code - start) !== 0) found.add(code);
  }
}
