// Types for bytes.mjs (a plain ESM module shared by the benchmark, the byte budgets and their tests).

export const KB: 1000;
export const MIB: number;

/** Files, raw bytes and gzip bytes (level 9) of a group of built files. */
export interface ByteTotal {
  files: number;
  raw: number;
  gzip: number;
}

export interface MeasuredFile {
  /** Relative to the build folder, "/" separators. */
  file: string;
  category: string;
  raw: number;
  gzip: number;
}

export interface CriticalJs {
  files: string[];
  raw: number;
  gzip: number;
  packFound: boolean;
}

export interface Bytes {
  files: MeasuredFile[];
  totals: Record<string, ByteTotal>;
  all: ByteTotal;
  /** What the offline copy keeps (the service worker's precache list), with the sound. */
  offline: ByteTotal;
  /** The names of those files. */
  offlineFiles: string[];
  /** What the offline copy keeps without the sound (category "audio"). */
  offlineWithoutSound: ByteTotal;
  offlineByCategory: Record<string, ByteTotal>;
  criticalJs: CriticalJs;
  criticalJsByLanguage: Record<string, CriticalJs>;
  criticalJsSpanish: CriticalJs;
  allJsByLanguage: Record<string, { files: number; gzip: number }>;
  biggestJs: MeasuredFile | null;
}

export function gzipSize(buffer: Uint8Array): number;
export function categoryOf(file: string): string;
export function staticImports(code: string): string[];
export function criticalScripts(dir: string, extraRoots?: readonly string[]): string[];
export function measureBytes(dir?: string): Bytes;
