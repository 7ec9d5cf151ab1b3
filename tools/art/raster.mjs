// Build-time rasterisation of the generated SVG scenes (docs/art.md, "Rasters"). resvg-js draws the SVG at each size
// (several times faster than sharp's own SVG reader here; drawing each size directly keeps edges crisp: scaling one
// big drawing down made files three times larger once quantised), sharp reduces it to a 32-colour palette (the prints
// use a handful of inks; 16 colours turned the brick-red accent brown) and writes lossless WebP, which packs a
// palette image tightly. Results are cached by a hash of the
// SVG text, the size and RASTER_VERSION, so a rebuild only draws what changed; the cache is shared by every checkout
// on the machine (content-addressed, so that is safe).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

/** Widths of the full-scene rasters (the pictures are 16:9, designed at 960×540). The run time picks one. */
export const TIERS = [640, 1280, 1920, 2560];
/** The tier the offline copy keeps (tools/sw/precache-list.mjs): the others are fetched when a screen wants them. */
export const OFFLINE_TIER = 1280;
export const DESIGN_W = 960;
/** Change when the drawing or encoding below changes: every cached raster is then drawn again. */
export const RASTER_VERSION = 'resvg2.6.2-sharp0.35.6-p32e3-webpll1-direct-3';

/** Where rasters are cached: AVENIDA_ART_CACHE, or ~/.cache/avenida-viena-art. */
export function defaultCacheDir() {
  return process.env.AVENIDA_ART_CACHE || join(homedir(), '.cache', 'avenida-viena-art');
}
const PALETTE_COLOURS = 32;

/**
 * Pixel size of one file at one tier: full scenes are tier × 9/16; an overlay keeps its box (from the SVG's own
 * width and height attributes, in design pixels) at the same scale as the scene under it; the small corner plan too.
 */
export function rasterSize(designW, designH, tier) {
  const scale = tier / DESIGN_W;
  return [Math.max(1, Math.round(designW * scale)), Math.max(1, Math.round(designH * scale))];
}

/** The design size an SVG declares (width and height attributes on its root element). */
export function svgDesignSize(svgText) {
  const root = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const w = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const h = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  if (Number.isFinite(w) && w > 0 && Number.isFinite(h) && h > 0) return [w, h];
  const box = /\bviewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/.exec(root);
  if (box) return [Number(box[1]), Number(box[2])];
  throw new Error('SVG without width/height or viewBox');
}

export function rasterHash(svgText, width, height) {
  const hash = createHash('sha256').update(RASTER_VERSION).update('\0').update(`${width}x${height}`).update('\0');
  return hash.update(svgText).digest('hex').slice(0, 20);
}

/** Encode RGBA pixels as a 32-colour palette, lossless WebP. */
async function encode(image) {
  const png = await image.png({ palette: true, colours: PALETTE_COLOURS, dither: 0, effort: 3 }).toBuffer();
  return sharp(png).webp({ lossless: true, effort: 1 }).toBuffer();
}

/** Draw one SVG at each of `sizes` ([width, height]) as palette WebP, each size drawn directly. */
export async function rasteriseSizes(svgText, sizes) {
  const out = [];
  for (const [w, h] of sizes) {
    const options = { fitTo: { mode: 'width', value: w }, font: { loadSystemFonts: false } };
    const rendered = new Resvg(svgText, options).render();
    const image = sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } });
    out.push(await encode(rendered.height === h ? image : image.resize(w, h, { fit: 'fill' })));
  }
  return out;
}

/** rasteriseSizes() through a cache folder: the same SVG at the same size is drawn once. */
export async function cachedRasters(cacheDir, svgText, sizes) {
  const files = sizes.map(([w, h]) => join(cacheDir, `${rasterHash(svgText, w, h)}.webp`));
  const missing = sizes.map((size, i) => ({ size, i })).filter(({ i }) => !existsSync(files[i]));
  const drawn = await rasteriseSizes(
    svgText,
    missing.map((m) => m.size),
  );
  if (missing.length > 0) mkdirSync(cacheDir, { recursive: true });
  missing.forEach(({ i }, k) => {
    const temp = `${files[i]}.${process.pid}.tmp`;
    writeFileSync(temp, drawn[k]);
    renameSync(temp, files[i]); // two builds at once never read half a file
  });
  return files.map((file, i) => {
    const k = missing.findIndex((m) => m.i === i);
    return k >= 0 ? drawn[k] : readFileSync(file);
  });
}

/** Run `work` over `items` with at most `limit` in flight (the machine has two cores). */
export async function inPool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(runners);
  return results;
}
