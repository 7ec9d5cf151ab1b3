import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
// @ts-expect-error plain ESM module without types
import { TIERS, cachedRaster, inPool, rasterSize, svgDesignSize } from './raster.mjs';

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
      const design = key === 'inset' ? INSET_DESIGN : (svgDesignSize(readFileSync(file, 'utf8')) as [number, number]);
      return { key, file, design };
    });
}

async function raster(cacheDir: string, source: Source, tier: number): Promise<Buffer> {
  const [w, h] = rasterSize(source.design[0], source.design[1], tier) as [number, number];
  return (await cachedRaster(cacheDir, readFileSync(source.file, 'utf8'), w, h)) as Buffer;
}

/**
 * `virtual:art`: `{ tiers, files: { [key]: url per tier } }` for every assets/art/*.svg. A production build draws
 * each SVG at every tier width as WebP (tools/art/raster.mjs, cached in node_modules/.cache/avenida-art, so only
 * changed pictures are drawn again) and emits them as `assets/<key>-w<tier>-<hash>.webp`; no SVG reaches dist.
 * The dev server draws the same files on request under /@art/.
 */
export function art(): Plugin {
  let root = process.cwd();
  let serving = false;
  const artDir = (): string => resolve(root, 'assets', 'art');
  const cacheDir = (): string => resolve(root, 'node_modules', '.cache', 'avenida-art');
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
          entries.push(`${JSON.stringify(s.key)}: [${tiers.map((t) => JSON.stringify(`/@art/${s.key}/${t}.webp`)).join(', ')}]`);
        }
      } else {
        const jobs = list.flatMap((s) => tiers.map((tier) => ({ s, tier })));
        const started = Date.now();
        const buffers = await inPool(jobs, 2, ({ s, tier }: { s: Source; tier: number }) => raster(cacheDir(), s, tier));
        const refs = jobs.map(({ s, tier }, i) =>
          this.emitFile({ type: 'asset', name: `${s.key}-w${tier}.webp`, source: buffers[i] as Buffer }),
        );
        list.forEach((s, i) => {
          const urls = tiers.map((_, t) => `import.meta.ROLLUP_FILE_URL_${refs[i * tiers.length + t]}`);
          entries.push(`${JSON.stringify(s.key)}: [${urls.join(', ')}]`);
        });
        this.info(`art: ${jobs.length} rasters of ${list.length} pictures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      return `export default { tiers: ${JSON.stringify(tiers)}, files: { ${entries.join(',\n')} } };`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/@art\/([\w-]+)\/(\d+)\.webp/.exec(req.url ?? '');
        if (!match) return next();
        const source = sources(artDir()).find((s) => s.key === match[1]);
        const tier = Number(match[2]);
        if (source === undefined || !(TIERS as number[]).includes(tier)) return next();
        raster(cacheDir(), source, tier).then(
          (buffer) => {
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
