// Types for precache-list.mjs (a plain ESM module shared by the Vite plugin and the tests).

export const SERVICE_WORKER_FILE: 'sw.js';
export const PRECACHE_FILE: 'sw-precache.json';
export const CACHE_PREFIX: 'avenida-viena-';

/** The one raster width of the art that the offline copy keeps (the stage falls back to it). */
export const OFFLINE_ART_WIDTH: number;

/** Build-relative paths ("/" separators) → the sorted precache list as "./path". */
export function precacheList(files: readonly string[]): string[];

/** The listed files a new version must always download (not content-named, or copied from public/). */
export function freshFiles(list: readonly string[], publicFiles: readonly string[]): string[];

/** A cache name for this build from [path, contents] pairs (order does not matter). */
export function cacheName(entries: Iterable<readonly [string, string | Uint8Array]>): string;

/** The service worker's text: the build's constants, then the hand-written worker. */
export function serviceWorkerText(template: string, build: { cache: string; fresh?: readonly string[] }): string;
