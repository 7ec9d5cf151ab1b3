declare module 'virtual:stories' {
  /** One entry per registry language whose story/<id>/main.ink exists (tools/ink/vite-plugin-ink.ts). */
  const stories: Readonly<Partial<Record<string, { readonly url: string; readonly hash: string }>>>;
  export default stories;
}

declare module 'virtual:art' {
  /** Built rasters (tools/art/vite-plugin-art.ts): each picture's WebP URL per tier width, in `tiers` order. */
  const art: { tiers: readonly number[]; files: Readonly<Record<string, readonly string[]>> };
  export default art;
}
