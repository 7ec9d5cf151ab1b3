declare module 'virtual:stories' {
  /** One entry per registry language whose story/<id>/main.ink exists (tools/ink/vite-plugin-ink.ts). */
  const stories: Readonly<Partial<Record<string, { readonly url: string; readonly hash: string }>>>;
  export default stories;
}
