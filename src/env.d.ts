declare module 'virtual:art' {
  /** Built rasters (tools/art/vite-plugin-art.ts): each picture's WebP URL per tier width, in `tiers` order. */
  const art: { tiers: readonly number[]; files: Readonly<Record<string, readonly string[]>> };
  export default art;
}
