import { isRecord } from '../core/is-record.ts';

/** The id of the page's story table, `<script type="application/json" id="stories">` (tools/ink/vite-plugin-ink.ts). */
export const STORY_TABLE_ID = 'stories';

/** One language's built story: its URL, relative to the page, and its identity (core/story/story-identity.ts). */
export interface StoryFile {
  readonly url: string;
  readonly hash: string;
}

/**
 * What the build writes into index.html: the registry's languages in order (the first is the fallback), and the
 * story file of each language that has one. The page names the story, never the JavaScript, so a new story leaves
 * every script's name as it was; src/boot/early-mode.js reads the same table to start the download early.
 */
export interface StoryTable {
  readonly languages: readonly string[];
  readonly stories: Readonly<Partial<Record<string, StoryFile>>>;
}

const isStoryFile = (value: unknown): value is StoryFile =>
  isRecord(value) && typeof value['url'] === 'string' && typeof value['hash'] === 'string';

/** The table from its JSON text; null for anything that is not one (a page without it, a hand-edited copy). */
export function parseStoryTable(text: string | null | undefined): StoryTable | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const { languages, stories } = data;
  if (!Array.isArray(languages) || !languages.every((lang) => typeof lang === 'string')) return null;
  if (!isRecord(stories)) return null;
  const files: Record<string, StoryFile> = {};
  for (const [lang, file] of Object.entries(stories)) {
    if (!isStoryFile(file)) return null;
    files[lang] = { url: file.url, hash: file.hash };
  }
  return { languages, stories: files };
}

/**
 * The story download src/boot/early-mode.js started before the modules ran, for the language it resolved
 * (the same rule as `pageLanguage`, tests/unit/app/early-story.test.ts proves they agree). Absent when the early
 * script did not run, found no table, or could not fetch.
 */
export interface EarlyStory {
  readonly url: string;
  readonly text: Promise<string>;
}

declare global {
  interface Window {
    /** Left by src/boot/early-mode.js; taken once by `takeEarlyStory`. */
    __earlyStory?: EarlyStory;
  }
}

/**
 * The early download of `url`, taken once (a second call, or a different URL, gets null: the caller fetches it
 * itself). A different URL happens when the page asks for a language the early script does not know (the
 * pseudo-locale of test builds reads the fallback story); the early download is then left unread.
 */
export function takeEarlyStory(target: { __earlyStory?: EarlyStory }, url: string): Promise<string> | null {
  const early = target.__earlyStory;
  delete target.__earlyStory;
  return early?.url === url && early.text instanceof Promise ? early.text : null;
}
