import { describe, expect, it } from 'vitest';
import { parseStoryTable, takeEarlyStory, type EarlyStory } from '../../../src/app/story-table.ts';

const TABLE = {
  languages: ['en', 'es'],
  stories: { en: { url: './assets/story-en-1.json', hash: 'a' }, es: { url: './assets/story-es-2.json', hash: 'b' } },
};

describe('parseStoryTable', () => {
  it('reads the languages and each story file the build wrote into the page', () => {
    expect(parseStoryTable(JSON.stringify(TABLE))).toEqual(TABLE);
  });

  it.each([
    ['nothing', null],
    ['an empty element', ''],
    ['text that is not JSON', '{"languages":'],
    ['a list', '[]'],
    ['languages that are not strings', JSON.stringify({ ...TABLE, languages: ['en', 2] })],
    ['no stories', JSON.stringify({ languages: ['en'] })],
    ['a story without a hash', JSON.stringify({ languages: ['en'], stories: { en: { url: './x.json' } } })],
  ])('gives null for %s', (_name, text) => {
    expect(parseStoryTable(text)).toBeNull();
  });
});

describe('takeEarlyStory', () => {
  const early = (url: string): { __earlyStory?: EarlyStory } => ({
    __earlyStory: { url, text: Promise.resolve('story') },
  });

  it('takes the early download of the file the page wants, once', async () => {
    const target = early('./assets/story-en-1.json');
    await expect(takeEarlyStory(target, './assets/story-en-1.json')).resolves.toBe('story');
    expect(takeEarlyStory(target, './assets/story-en-1.json')).toBeNull();
  });

  it('leaves a download of another file unread, so the caller fetches its own', () => {
    const target = early('./assets/story-es-2.json');
    expect(takeEarlyStory(target, './assets/story-en-1.json')).toBeNull();
    expect(target.__earlyStory).toBeUndefined();
  });

  it('gives null when the early script started nothing', () => {
    expect(takeEarlyStory({}, './assets/story-en-1.json')).toBeNull();
  });
});
