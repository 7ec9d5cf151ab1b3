import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  PRECACHE_FILE,
  SERVICE_WORKER_FILE,
  cacheName,
  freshFiles,
  precacheList,
  serviceWorkerText,
} from './precache-list.mjs';

const TEMPLATE = fileURLToPath(new URL('./service-worker.js', import.meta.url));

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * Writes dist/sw.js and its list, dist/sw-precache.json, after a production build, when every file (Vite's chunks and assets, and anything copied
 * from public/) is in the output folder: the precache list is the folder itself, so nothing is forgotten.
 */
export function serviceWorker(): Plugin {
  let outDir = 'dist';
  let publicDir = '';
  return {
    name: 'avenida-viena-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    closeBundle() {
      if (!existsSync(join(outDir, 'index.html'))) return; // the build failed: nothing to list
      const files = [...walk(outDir)].map((full) => relative(outDir, full).split(sep).join('/'));
      const list: string[] = precacheList(files);
      const cache: string = cacheName(list.map((file) => [file, readFileSync(join(outDir, file.slice(2)))]));
      writeFileSync(join(outDir, PRECACHE_FILE), `${JSON.stringify(list)}\n`);
      const verbatim =
        publicDir && existsSync(publicDir)
          ? [...walk(publicDir)].map((full) => relative(publicDir, full).split(sep).join('/'))
          : [];
      const fresh = freshFiles(list, verbatim);
      const text = serviceWorkerText(readFileSync(TEMPLATE, 'utf8'), { cache, fresh });
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), text);
    },
  };
}
