import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The early classic script, as index.html names it in the sources (the dev server serves it from there). */
export const EARLY_SCRIPT_SOURCE = 'src/boot/early-mode.js';

/**
 * Where the build writes the early script: named by its content (8 hex digits, the form the offline copy treats as
 * content-named, tools/sw/precache-list.mjs), so an update that leaves it unchanged copies it from the old cache
 * instead of downloading it, as it would a file copied verbatim from public/.
 */
export function earlyScriptFileName(source: string): string {
  return `assets/early-mode-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
}

/** The page with its early script's address changed from the source's to the built file's; throws if absent. */
export function withBuiltEarlyScript(html: string, fileName: string): string {
  const from = `src="./${EARLY_SCRIPT_SOURCE}"`;
  if (!html.includes(from)) throw new Error(`index.html has no <script ${from}>`);
  return html.replace(from, `src="./${fileName}"`);
}

/**
 * The early script (src/boot/early-mode.js) is a plain classic script that runs before the first paint and before
 * any module: it marks a kiosk and starts the story's download. Vite leaves it alone (`vite-ignore`); this plugin
 * writes it into the build under a content name and points index.html at it. Not bundled, not minified: it is
 * small, and it stays readable.
 */
export function earlyScript(): Plugin {
  let root = process.cwd();
  let source = '';
  return {
    name: 'avenida-viena-early-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const file = resolve(root, EARLY_SCRIPT_SOURCE);
      this.addWatchFile(file);
      source = readFileSync(file, 'utf8');
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return withBuiltEarlyScript(html, earlyScriptFileName(source));
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: earlyScriptFileName(source), source });
    },
  };
}
