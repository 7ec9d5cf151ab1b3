import { describe, expect, it } from 'vitest';
import {
  OFFLINE_ART_WIDTH,
  cacheName,
  freshFiles,
  precacheList,
  serviceWorkerText,
} from '../../../tools/sw/precache-list.mjs';
import { SERVICE_WORKER_FILE } from '../../../src/app/service-worker-file.ts';
import { SERVICE_WORKER_SINK, allowScriptUrl, installOfflinePolicy } from '../../../src/app/offline-copy.ts';

const BUILT = [
  'index.html',
  'sw.js',
  'sw-precache.json',
  'assets/index-AbC123.js',
  'assets/index-AbC123.js.map',
  'assets/phaser-9xl1.js',
  'assets/base-77.css',
  'assets/story-en-DFXp.json',
  'assets/story-es-aP04.json',
  'assets/libre-baskerville-latin-400-normal-x1.woff2',
  'assets/plan-dawn-q9.svg',
  'assets/garden_ambience-Zz.ogg',
  'assets/title_theme-Yy.ogg',
  '.DS_Store',
];

describe('the offline precache list', () => {
  it('holds the page, every chunk, both story files, fonts, art and all the audio, as relative addresses', () => {
    const list: string[] = precacheList(BUILT);
    for (const file of [
      './index.html',
      './assets/index-AbC123.js',
      './assets/phaser-9xl1.js',
      './assets/base-77.css',
      './assets/story-en-DFXp.json',
      './assets/story-es-aP04.json',
      './assets/libre-baskerville-latin-400-normal-x1.woff2',
      './assets/plan-dawn-q9.svg',
    ]) {
      expect(list, file).toContain(file);
    }
    expect(list.filter((f) => f.endsWith('.ogg'))).toEqual([
      './assets/garden_ambience-Zz.ogg',
      './assets/title_theme-Yy.ogg',
    ]);
  });

  it('leaves out source maps, hidden files and the service worker and its list', () => {
    const list: string[] = precacheList(BUILT);
    expect(
      list.filter(
        (f) =>
          f.endsWith('.map') || f.includes('/.') || f === `./${SERVICE_WORKER_FILE}` || f.endsWith('sw-precache.json'),
      ),
    ).toEqual([]);
    expect(list).toHaveLength(BUILT.length - 4);
  });

  it('has an update download again only the files whose names do not change with their contents', () => {
    const list = [
      './index.html',
      './assets/early-mode.js',
      './assets/early-hint-AbCd12_-.js',
      './assets/index-DR887uV6.js',
      './assets/story-en-BXb_kFB4.json',
      './assets/plan-dawn-w1280-9zgQduOh.webp',
      './assets/notes.md',
    ];
    // early-hint looks content-named but comes verbatim from public/: only the build's own names are trusted.
    expect(freshFiles(list, ['assets/early-mode.js', 'assets/early-hint-AbCd12_-.js'])).toEqual([
      './index.html',
      './assets/early-mode.js',
      './assets/early-hint-AbCd12_-.js',
      './assets/notes.md',
    ]);
    const text = serviceWorkerText('/* worker */', { cache: 'avenida-viena-x', fresh: ['./index.html'] });
    expect(text).toContain('"fresh":["./index.html"]');
  });

  it('keeps one width of each picture for offline play, and the others out of the download', () => {
    const art = [640, 1280, 1920, 2560].map((w) => `assets/plan-dawn-w${w}-Q1x.webp`);
    const list: string[] = precacheList([...BUILT, ...art]);
    expect(list.filter((f) => f.endsWith('.webp'))).toEqual([`./assets/plan-dawn-w${OFFLINE_ART_WIDTH}-Q1x.webp`]);
    expect(list).toHaveLength(BUILT.length - 4 + 1);
  });

  it('names the cache after the contents, so a changed file is a new version and the same build is the same one', () => {
    const a = cacheName([
      ['./index.html', Buffer.from('a')],
      ['./x.js', Buffer.from('b')],
    ]);
    expect(a).toMatch(/^avenida-viena-[0-9a-f]{16}$/);
    expect(
      cacheName([
        ['./x.js', Buffer.from('b')],
        ['./index.html', Buffer.from('a')],
      ]),
    ).toBe(a);
    expect(
      cacheName([
        ['./index.html', Buffer.from('a')],
        ['./x.js', Buffer.from('c')],
      ]),
    ).not.toBe(a);
  });

  it('writes the build constants (the cache name, where the list is, what to download always) before the worker', () => {
    const text: string = serviceWorkerText('self.x = BUILD;', { cache: 'avenida-viena-1' });
    expect(text).toContain(
      'const BUILD = {"cache":"avenida-viena-1","prefix":"avenida-viena-","list":"./sw-precache.json","fresh":[]};',
    );
    expect(text.trim().endsWith('self.x = BUILD;')).toBe(true);
  });
});

describe('the script-URL rule of the offline copy (Trusted Types)', () => {
  const url = 'http://127.0.0.1:4173/sw.js';

  it('lets exactly our service worker through, and only for navigator.serviceWorker.register', () => {
    expect(allowScriptUrl(url, SERVICE_WORKER_SINK, url)).toBe(url);
    expect(allowScriptUrl(url, 'HTMLScriptElement src', url)).toBeNull();
    expect(allowScriptUrl('http://127.0.0.1:4173/evil.js', SERVICE_WORKER_SINK, url)).toBeNull();
    expect(allowScriptUrl('https://example.invalid/sw.js', SERVICE_WORKER_SINK, url)).toBeNull();
  });

  it('is installed as the default policy with the HTML rule kept, once, and only where Trusted Types exist', () => {
    const created: { name: string; rules: Record<string, unknown> }[] = [];
    const factory = {
      defaultPolicy: null,
      createPolicy: (name: string, rules: Record<string, unknown>) => created.push({ name, rules }),
    };
    installOfflinePolicy(url, { trustedTypes: factory });
    expect(created.map((c) => [c.name, Object.keys(c.rules)])).toEqual([
      ['default', ['createHTML', 'createScriptURL']],
    ]);
    installOfflinePolicy(url, { trustedTypes: { ...factory, defaultPolicy: {} } });
    expect(created).toHaveLength(1);
    expect(() => installOfflinePolicy(url, {})).not.toThrow();
  });
});
