// Where the pictures are: every SVG in assets/art/ is bundled by Vite and served from our own origin (small ones
// inline as data: URLs). Keys are file names without '.svg', e.g. 'patio-night', 'gate__steel_doors-day', 'inset'.

import manifestJson from '../../../assets/art/manifest.json';

const files = import.meta.glob<string>('../../../assets/art/*.svg', { query: '?url', import: 'default', eager: true });

const urls = new Map<string, string>();
for (const [path, url] of Object.entries(files)) {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.svg$/, '');
  urls.set(name, base64DataUrl(url));
}

/**
 * Phaser's loader decodes every data: URL as base64, but Vite inlines small SVGs URL-encoded. Re-encode those
 * (only happens when assetsInlineLimit > 0, e.g. in the art tools; the game build emits files).
 */
function base64DataUrl(url: string): string {
  const match = /^data:([^,;]+)(;[^,]*)?,(.*)$/s.exec(url);
  if (match === null || (match[2] ?? '').includes('base64')) return url;
  const text = decodeURIComponent(match[3] ?? '');
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return `data:${match[1]};base64,${btoa(binary)}`;
}

export function artUrl(key: string): string | undefined {
  return urls.get(key);
}

/** [x, y, width, height] on the 960×540 picture. */
export type Box = readonly [number, number, number, number];

export interface ArtManifest {
  readonly size: readonly [number, number];
  readonly scenes: Readonly<Record<string, { overlays: Readonly<Record<string, Box>>; flash: readonly (readonly [number, number])[]; fire: readonly [number, number] }>>;
  readonly plan: {
    readonly labels: readonly { id: string; text: string; x: number; y: number; size?: 'small'; align?: 'left' }[];
    readonly markers: Readonly<Record<string, readonly [number, number]>>;
  };
}

export const manifest = manifestJson as unknown as ArtManifest;
