import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { TIERS, cachedRasters, defaultCacheDir, inPool, rasterSize, svgDesignSize } from './raster.mjs';

const VIRTUAL_ID = 'virtual:art';
const RESOLVED_ID = '\0virtual:art';
/** The small corner plan is drawn at a quarter of the scene's width (stage-scene.ts addInset). */
const INSET_DESIGN: readonly [number, number] = [240, 135];

interface Source {
  key: string;
  file: string;
  design: readonly [number, number];
}

function sources(artDir: string): Source[] {
  return readdirSync(artDir)
    .filter((name) => name.endsWith('.svg'))
    .sort()
    .map((name) => {
      const key = name.slice(0, -4);
      const file = join(artDir, name);
      const design = key === 'inset' ? INSET_DESIGN : svgDesignSize(readFileSync(file, 'utf8'));
      return { key, file, design };
    });
}

/** Characters of a picture's content hash in its file name: enough to change whenever the picture changes. */
const HASH_CHARS = 6;

/** `<key>-w<tier>-<hash>.webp`: the name tools/sw/precache-list.mjs reads the width from. */
const rasterName = (key: string, tier: number, hash: string): string => `${key}-w${tier}-${hash}.webp`;

/**
 * The module text of a production build's table, kept short because it ships in the stage chunk: 820 URLs written
 * out as `new URL("…", import.meta.url)` were 8.8 kB gzip, mostly repeated text. Each key lists one item per tier:
 * the content hash alone when the file is `<key>-w<tier>-<hash>.webp`; `@<other key>` when the picture is the one an
 * earlier key has at the same tier (or a lone `@<other key>` when all its tiers are); else the whole file name.
 * The URLs are made when the module runs, relative to the chunk.
 */
export function compactArtModule(tiers: readonly number[], table: Readonly<Record<string, readonly string[]>>): string {
  const rows = Object.entries(table).map(
    ([key, items]) => `${JSON.stringify(key)}: ${JSON.stringify(items.join(' '))}`,
  );
  return [
    `const tiers = ${JSON.stringify(tiers)};`,
    `const table = {\n${rows.join(',\n')}\n};`,
    'const here = import.meta.url;',
    'const files = {};',
    'for (const [key, items] of Object.entries(table)) {',
    "  const url = (item, i) => item.startsWith('@') ? files[item.slice(1)][i]",
    "    : new URL(item.includes('.') ? item : `${key}-w${tiers[i]}-${item}.webp`, here).href;",
    "  files[key] = items.startsWith('@') && !items.includes(' ')",
    "    ? files[items.slice(1)] : items.split(' ').map(url);",
    '}',
    'export default { tiers, files };',
  ].join('\n');
}

/** One picture at the given tiers (cached; drawn once at the largest missing size). */
async function rasters(cacheDir: string, source: Source, tiers: readonly number[]): Promise<Buffer[]> {
  const sizes = tiers.map((tier) => rasterSize(source.design[0], source.design[1], tier));
  return await cachedRasters(cacheDir, readFileSync(source.file, 'utf8'), sizes);
}

/**
 * `virtual:art`: `{ tiers, files: { [key]: url per tier } }` for every assets/art/*.svg. A production build draws
 * each SVG at every tier width as WebP (tools/art/raster.mjs, cached by content in ~/.cache/avenida-viena-art or
 * $AVENIDA_ART_CACHE, so only changed pictures are drawn again) and emits them as
 * `assets/<key>-w<tier>-<hash>.webp`; no SVG reaches dist.
 * The dev server draws the same files on request under /@art/.
 */
export function art(): Plugin {
  let root = process.cwd();
  let serving = false;
  const artDir = (): string => resolve(root, 'assets', 'art');
  const cacheDir = (): string => defaultCacheDir();
  return {
    name: 'avenida-viena-art',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const list = sources(artDir());
      const tiers = TIERS as number[];
      const entries: string[] = [];
      if (serving) {
        for (const s of list) {
          this.addWatchFile(s.file);
          const urls = tiers.map((t) => JSON.stringify(`/@art/${s.key}/${t}.webp`));
          entries.push(`${JSON.stringify(s.key)}: [${urls.join(', ')}]`);
        }
      } else {
        const started = Date.now();
        const drawn = await inPool<Source, Buffer[]>(list, 2, (s) => rasters(cacheDir(), s, tiers));
        // Names are given here (content-hashed) so the table can carry hashes alone; identical pictures share one.
        const byContent = new Map<string, { key: string; tier: number; name: string }>();
        const table: Record<string, string[]> = {};
        list.forEach((s, i) => {
          const items = tiers.map((tier, t) => {
            const source = drawn[i]?.[t] as Buffer;
            const digest = createHash('sha256').update(source).digest('base64url');
            const shared = byContent.get(digest);
            if (shared !== undefined) return shared.tier === tier ? `@${shared.key}` : shared.name;
            const hash = digest.slice(0, HASH_CHARS);
            const name = rasterName(s.key, tier, hash);
            this.emitFile({ type: 'asset', fileName: `assets/${name}`, source });
            byContent.set(digest, { key: s.key, tier, name });
            return hash;
          });
          const [first] = items;
          const sameKey = first?.startsWith('@') && items.every((item) => item === first);
          table[s.key] = sameKey && first !== undefined ? [first] : items;
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        this.info(`art: ${list.length * tiers.length} rasters of ${list.length} pictures in ${seconds} s`);
        return compactArtModule(tiers, table);
      }
      return `export default { tiers: ${JSON.stringify(tiers)}, files: { ${entries.join(',\n')} } };`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/@art\/([\w-]+)\/(\d+)\.webp/.exec(req.url ?? '');
        if (!match) {
          next();
          return;
        }
        const source = sources(artDir()).find((s) => s.key === match[1]);
        const tier = Number(match[2]);
        if (source === undefined || !(TIERS as number[]).includes(tier)) {
          next();
          return;
        }
        rasters(cacheDir(), source, [tier]).then(
          ([buffer]) => {
            res.setHeader('Content-Type', 'image/webp');
            res.end(buffer);
          },
          (error: unknown) => {
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
    },
  };
}
