// Types for raster.mjs (the build-time rasteriser of the generated SVG scenes).

/** Raster widths, smallest first. */
export const TIERS: readonly number[];
/** The one width the offline copy keeps. */
export const OFFLINE_TIER: number;
export const DESIGN_W: number;
/** Changes whenever the drawing or encoding changes, so cached rasters are redrawn. */
export const RASTER_VERSION: string;

/** Where rasters are cached between builds ($AVENIDA_ART_CACHE, else ~/.cache/avenida-viena-art). */
export function defaultCacheDir(): string;
/** A design size scaled to one tier width: [width, height] in whole pixels. */
export function rasterSize(designW: number, designH: number, tier: number): [number, number];
/** The SVG's design size from its width/height or viewBox: [width, height]. */
export function svgDesignSize(svgText: string): [number, number];
/** The cache key of one raster. */
export function rasterHash(svgText: string, width: number, height: number): string;
/** Draws and encodes the SVG at every size given: WebP bytes, in the same order. */
export function rasteriseSizes(svgText: string, sizes: readonly (readonly [number, number])[]): Promise<Buffer[]>;
/** As rasteriseSizes, reading and writing the cache in `cacheDir`. */
export function cachedRasters(
  cacheDir: string,
  svgText: string,
  sizes: readonly (readonly [number, number])[],
): Promise<Buffer[]>;
/** Runs `work` over `items`, at most `limit` at once; results in the items' order. */
export function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]>;
