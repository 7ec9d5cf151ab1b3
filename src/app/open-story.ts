import { identifyStory } from './identify-story.ts';

/**
 * Opens the fetched story file as the page's story, or throws. Its identity (the hash every save is stamped with)
 * must be the one the page names: a file that is some other story, a proxy's error page or a cut-off download is
 * refused with a message that names both.
 *
 * The hash is asked for before the parse and awaited after it, so Web Crypto hashes the file on another thread
 * while inkjs parses it on this one (docs/performance.md, "Script work between the story and Begin"). A file that
 * fails to parse throws the parse's error; one that parses but is not the page's story throws the mismatch, and
 * the parsed story is dropped.
 */
export async function openStory<Engine>(
  text: string,
  expected: string | undefined,
  parse: (text: string) => Engine,
  identify: (text: string) => Promise<string> = identifyStory,
): Promise<Engine> {
  const identity = identify(text);
  identity.catch(() => undefined); // awaited below, after the parse: a failure before then is not unhandled
  const engine = parse(text);
  const found = await identity;
  if (found !== expected) throw new Error(`the story file is ${found}, this page expects ${expected}`);
  return engine;
}
