declare module 'virtual:stories' {
  const stories: Readonly<Partial<Record<'en' | 'es', { readonly url: string; readonly hash: string }>>>;
  export default stories;
}
