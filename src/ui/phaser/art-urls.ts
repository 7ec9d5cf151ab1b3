// Where the pictures are: every assets/art/*.svg is drawn as WebP at build time at each tier width
// (tools/art/vite-plugin-art.ts); `virtual:art` lists the URLs, all on our own origin. No SVG reaches the page.
// Keys are file names without '.svg', e.g. 'patio-night', 'gate__steel_doors-day', 'inset'.

import art from 'virtual:art';
import manifestJson from '../../../assets/art/manifest.json';

/** Raster widths, smallest first (tools/art/raster.mjs TIERS). */
export const ART_TIERS: readonly number[] = art.tiers;

/** The URL of one picture at one tier width, or undefined when there is no such picture. */
export function artUrl(key: string, tier: number): string | undefined {
  const index = art.tiers.indexOf(tier);
  return index < 0 ? undefined : art.files[key]?.[index];
}

/** [x, y, width, height] on the 960×540 picture. */
export type Box = readonly [number, number, number, number];

export interface SceneArt {
  readonly overlays: Readonly<Record<string, Box>>;
  readonly flash: readonly (readonly [number, number])[];
  readonly fire: readonly [number, number];
  /** What a cropped view keeps in sight (the centre of interest), in design pixels. */
  readonly focus?: readonly [number, number];
}

export interface ArtManifest {
  readonly size: readonly [number, number];
  readonly scenes: Readonly<Record<string, SceneArt>>;
  readonly plan: {
    readonly labels: readonly { id: string; text: string; x: number; y: number; size?: 'small'; align?: 'left' }[];
    readonly markers: Readonly<Record<string, readonly [number, number]>>;
  };
}

export const manifest = manifestJson as unknown as ArtManifest;
