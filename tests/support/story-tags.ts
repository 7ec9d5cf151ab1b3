/**
 * Every tag in a compiled ink story, read from the JSON: the compiler writes a tag as "#", "^text", "/#".
 * Content tests parse each one, so a typo in any branch fails CI, not a museum visitor.
 */
export function tagsInCompiledStory(json: string): string[] {
  const tags: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (node[i] === '#') {
          let text = '';
          let j = i + 1;
          while (j < node.length && node[j] !== '/#') {
            const part = node[j];
            if (typeof part === 'string' && part.startsWith('^')) text += part.slice(1);
            j++;
          }
          tags.push(text.trim());
          i = j;
        } else {
          walk(node[i]);
        }
      }
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(JSON.parse(json));
  return tags;
}
