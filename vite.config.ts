/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { art } from './tools/art/vite-plugin-art.ts';
import { earlyScript } from './tools/boot/vite-plugin-early-script.ts';
import { woff2Only } from './tools/fonts/vite-plugin-woff2-only.ts';
import { registryLanguages } from './tools/i18n/registry.mjs';
import { ink } from './tools/ink/vite-plugin-ink.ts';
import { serviceWorker } from './tools/sw/vite-plugin-sw.ts';

/**
 * Phaser from its own sources, only the namespaces the stage uses (tools/phaser/phaser-for-stage.cjs): about 75 kB
 * gzip less than the prebuilt bundle, which keeps all JavaScript under the 450 kB budget (check-budgets.mjs). The defines are the
 * ones Phaser's own webpack build sets; `global` is webpack's name for globalThis.
 */
const LANGUAGE_IDS = registryLanguages();

/** The registry language a module belongs to alone: a file in src/languages/<id>/, or one named …-<id>.ts or .json. */
function languageOf(id: string): string | undefined {
  const folder = /[\\/]src[\\/]languages[\\/]([a-z]{2,3})[\\/]/.exec(id)?.[1];
  if (folder) return folder;
  const suffix = /-([a-z]{2,3})\.(?:ts|json)$/.exec(id)?.[1];
  return suffix && LANGUAGE_IDS.includes(suffix) ? suffix : undefined;
}

/** The language a chunk belongs to alone: its entry module's, else the one language all its modules share. */
function chunkLanguage(chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }): string | undefined {
  if (chunk.facadeModuleId) {
    const own = languageOf(chunk.facadeModuleId);
    if (own) return own;
  }
  const langs = new Set(chunk.moduleIds.map(languageOf));
  const [only] = langs;
  return langs.size === 1 ? only : undefined;
}

const PHASER_SOURCE = fileURLToPath(new URL('./tools/phaser/phaser-for-stage.cjs', import.meta.url));
const PHASER_DEFINES = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof FEATURE_SOUND': 'false', // howler owns all sound: Phaser's sound system is left out
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  global: 'globalThis',
};

export default defineConfig(({ command }) => ({
  base: './',
  // serviceWorker: dist/sw.js with the precache list of this build (offline copy, docs/kiosk.md).
  // art: the SVG scenes drawn as WebP at build time, one file per tier width (docs/art.md).
  // earlyScript: src/boot/early-mode.js, the classic script before the first paint, written under a content name.
  // woff2Only: the font files as woff2 alone, no woff fallback that no supported browser fetches (docs/performance.md).
  plugins: [ink(), earlyScript(), art(), woff2Only(), serviceWorker()],
  // Production builds only: dev and the unit tests keep the prebuilt bundle.
  ...(command === 'build'
    ? { resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_SOURCE }] }, define: PHASER_DEFINES }
    : {}),
  build: {
    target: 'es2022',
    // Phaser alone is ~1.37 MB minified; it loads after the story text, in its own chunk.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // A chunk that only one language loads says so in its name (…-lang-es-HASH.js), so the byte budgets can
        // count what a reader of one language downloads (tools/bench/bytes.mjs).
        chunkFileNames: (chunk) => {
          const lang = chunkLanguage(chunk);
          return lang ? `assets/[name]-lang-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            // inkjs and the small modules the entry shares with lazy chunks (three of the core's, and the helper both
            // languages' interface tables use), in one chunk: before the first text the page asks for two scripts, not
            // six (docs/performance.md, "First text, measured without …").
            {
              name: 'boot',
              test: /node_modules[\\/]inkjs|src[\\/]core[\\/](is-one-of|record[\\/]record-ids|settings[\\/]language)\.ts|src[\\/]ui[\\/]strings[\\/]end-sentence\.ts/,
            },
            { name: 'howler', test: /node_modules[\\/]howler/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/ui/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
}));
