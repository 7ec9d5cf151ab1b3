import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../src/core/settings/language.ts';
import { STORY_TABLE_ID, type StoryTable } from '../../src/app/story-table.ts';
import { compileInkFile } from './compile-ink.mjs';

interface Compiled {
  json: string;
  hash: string;
  included: string[];
}

/** Hash of the compiled story content: saves record it, and a save from another edition never loads blindly. */
export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/**
 * Where a built story file lives, relative to index.html: named by its content (8 hex digits of its hash, the
 * length the service worker takes for a content-named file, tools/sw/precache-list.mjs), so a new story is a new
 * name and an unchanged one keeps its name and is copied from the old offline cache.
 */
export function storyFileName(lang: string, hash: string): string {
  return `assets/story-${lang}-${hash.slice(0, 8)}.json`;
}

function compile(root: string, lang: string): Compiled | null {
  const file = resolve(root, 'story', lang, 'main.ink');
  if (!existsSync(file)) return null;
  const result = compileInkFile(file);
  const messages = [...result.errors, ...result.warnings];
  // Warnings fail the build too: "loose end" at compile time is "ran out of content" on a museum screen (pitfalls I20).
  if (!result.json || messages.length > 0)
    throw new Error(`ink (${lang}) did not compile cleanly:\n${messages.join('\n')}`);
  return { json: result.json, hash: storyHash(result.json), included: [file, ...result.included] };
}

/** The classic script in <head> that starts the story's download (src/boot/early-mode.js). */
const EARLY_SCRIPT = /<script\b[^>]*\bsrc="[^"]*\/early-mode(?:-[A-Za-z0-9_-]{8})?\.js"[^>]*><\/script>/;

/**
 * The page with its story table as an inert `<script type="application/json">` just before the early script, which
 * reads it to start the story's download before any module loads. Data, never run, so the strict
 * Content-Security-Policy does not forbid it. `<` is escaped so no value can close the element.
 */
export function withStoryTable(html: string, table: StoryTable): string {
  const early = EARLY_SCRIPT.exec(html);
  if (!early) throw new Error('index.html has no early-mode.js script: the story table goes before it');
  const json = JSON.stringify(table).replace(/</g, '\\u003c');
  const tag = `<script type="application/json" id="${STORY_TABLE_ID}">${json}</script>`;
  return `${html.slice(0, early.index)}${tag}\n    ${html.slice(early.index)}`;
}

/**
 * Compiles story/<lang>/main.ink for every language of the registry (src/languages/languages.json) with the inkjs
 * compiler. The page names the story files, never the JavaScript: a production build writes each story as its own
 * content-named file and puts every language's URL and hash into index.html (`withStoryTable`); no script chunk
 * names a story, so a story-only change leaves every chunk's name as it was (docs/architecture.md, "Loading the
 * story"). The dev server answers /@ink/<lang>.json and compiles on each page load.
 */
export function ink(): Plugin {
  let root = process.cwd();
  let serving = false;
  /** The production build's stories, compiled once at its start. */
  const built = new Map<string, Compiled>();
  return {
    name: 'avenida-viena-ink',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      built.clear();
      for (const lang of LANGUAGES) {
        const compiled = compile(root, lang);
        if (!compiled) continue;
        for (const file of compiled.included) this.addWatchFile(file);
        built.set(lang, compiled);
      }
    },
    generateBundle() {
      for (const [lang, compiled] of built)
        this.emitFile({ type: 'asset', fileName: storyFileName(lang, compiled.hash), source: compiled.json });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const stories: Record<string, { url: string; hash: string }> = {};
        for (const lang of LANGUAGES) {
          const compiled = serving ? compile(root, lang) : built.get(lang);
          if (!compiled) continue;
          const url = serving ? `/@ink/${lang}.json?v=${compiled.hash}` : `./${storyFileName(lang, compiled.hash)}`;
          stories[lang] = { url, hash: compiled.hash };
        }
        return withStoryTable(html, { languages: [...LANGUAGES], stories });
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/@ink\/([a-z]{2,3})\.json/.exec(req.url ?? '');
        if (!match?.[1] || !LANGUAGES.includes(match[1])) {
          next();
          return;
        }
        try {
          const compiled = compile(root, match[1]);
          if (!compiled) {
            next();
            return;
          }
          res.setHeader('Content-Type', 'application/json');
          res.end(compiled.json);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      });
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.ink')) {
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
