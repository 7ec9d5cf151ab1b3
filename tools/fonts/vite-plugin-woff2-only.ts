import type { Plugin } from 'vite';

/**
 * Fontsource's stylesheets (`@fontsource/<family>/400.css` …) offer every face as woff2 and, as a fallback, woff.
 * Every browser that can run the game reads woff2 (the scripts are built for ES2022, vite.config.ts: Chromium 94,
 * Firefox 93, Safari 15.4 and later; woff2 came in Chromium 36, Firefox 39, Safari 12), so a browser never fetches
 * the woff; but the build still emitted them and the offline copy (tools/sw/precache-list.mjs) kept them: 17 files,
 * about 644 kB that no reader could use (docs/performance.md, "The offline bundle"). This plugin strips the woff
 * fallback from those stylesheets before Vite resolves their url()s, so the woff files are never emitted at all.
 */
const FONTSOURCE_CSS = /[\\/]@fontsource[\\/][^\\/]+[\\/][^\\/]+\.css(?:\?.*)?$/;

/** Splits a CSS list at its top-level commas (commas inside url(…) or format(…) stay put). */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      items.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(list.slice(start).trim());
  return items.filter((item) => item !== '');
}

const IS_WOFF2 = /format\(\s*['"]?woff2['"]?\s*\)/;

/**
 * Every `src:` of every `@font-face` keeps only its woff2 sources. A `src` without any woff2 source is left as it is
 * (better a heavier font than none).
 */
export function keepWoff2(css: string): string {
  return css.replace(/(\bsrc\s*:\s*)([^;}]+)/g, (whole, head: string, list: string) => {
    const woff2 = topLevelItems(list).filter((item) => IS_WOFF2.test(item));
    return woff2.length === 0 ? whole : `${head}${woff2.join(', ')}`;
  });
}

/** The Vite plugin: runs before Vite's own CSS handling, on Fontsource's stylesheets only. */
export function woff2Only(): Plugin {
  return {
    name: 'avenida-viena-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!FONTSOURCE_CSS.test(id)) return null;
      return { code: keepWoff2(code), map: null };
    },
  };
}
