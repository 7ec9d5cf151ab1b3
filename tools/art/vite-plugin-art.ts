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
        list.forEach((s, i) => {
          const urls = tiers.map((tier, t) => {
            const source = drawn[i]?.[t] as Buffer;
            const ref = this.emitFile({ type: 'asset', name: `${s.key}-w${tier}.webp`, source });
            return `import.meta.ROLLUP_FILE_URL_${ref}`;
          });
          entries.push(`${JSON.stringify(s.key)}: [${urls.join(', ')}]`);
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        this.info(`art: ${list.length * tiers.length} rasters of ${list.length} pictures in ${seconds} s`);
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
