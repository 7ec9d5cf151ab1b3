import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../src/core/settings/language.ts';
import { compileInkFile } from './compile-ink.mjs';

const VIRTUAL_ID = 'virtual:stories';
const RESOLVED_ID = '\0virtual:stories';

interface Compiled {
  json: string;
  hash: string;
  included: string[];
}

/** Hash of the compiled story content: saves record it, and a save from another edition never loads blindly. */
export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
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

/**
 * Compiles story/<lang>/main.ink for every language of the registry (src/languages/languages.json) with the inkjs
 * compiler and exposes `virtual:stories`: `{ en: { url, hash }, es: … }`. The story JSON is a separate file fetched
 * at run time, so it stays out of the JavaScript that must load before the first text.
 */
export function ink(): Plugin {
  let root = process.cwd();
  let serving = false;
  return {
    name: 'avenida-viena-ink',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const entries: string[] = [];
      for (const lang of LANGUAGES) {
        const compiled = compile(root, lang);
        if (!compiled) continue;
        for (const file of compiled.included) this.addWatchFile(file);
        if (serving) {
          entries.push(
            `${lang}: { url: ${JSON.stringify(`/@ink/${lang}.json?v=${compiled.hash}`)}, hash: ${JSON.stringify(compiled.hash)} }`,
          );
        } else {
          const ref = this.emitFile({ type: 'asset', name: `story-${lang}.json`, source: compiled.json });
          entries.push(`${lang}: { url: import.meta.ROLLUP_FILE_URL_${ref}, hash: ${JSON.stringify(compiled.hash)} }`);
        }
      }
      return `export default { ${entries.join(', ')} };`;
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
        const module = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) ctx.server.moduleGraph.invalidateModule(module);
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
