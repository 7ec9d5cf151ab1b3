// The game's service worker (offline copy; docs/kiosk.md). Hand-written, no library. The build prepends
// `const BUILD = { cache, prefix, list }` (tools/sw/precache-list.mjs), so this file only runs as dist/sw.js.
//
// install: caches every file the build listed in sw-precache.json (a new build is a new cache; if any file
//   cannot be fetched, the install fails and the old version stays in charge). A content-named file (its name
//   carries a hash of its bytes) already in one of the game's caches is copied from there instead of downloaded:
//   an update downloads what changed and the files whose names do not change (BUILD.fresh: index.html, files
//   copied verbatim from public/), not the whole game again. It does not take over by itself: a
//   new version waits until the page says "take-over" (the kiosk does at an idle reset, update-decision.ts) or
//   until no page uses the old one (the browser's own rule, the next visit).
// activate: deletes the game's older caches, then controls open pages (the first load included).
// fetch: our own origin only, GET only: the cached copy first, the network if it is not cached. Pages (any
//   address in scope) get the cached index.html. Range requests (streamed audio) get the part they ask for.
/* global BUILD */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(BUILD.list, { cache: 'reload' });
      if (!response.ok) throw new Error(`the precache list answered ${response.status}`);
      const files = await response.json();
      const cache = await caches.open(BUILD.cache);
      const earlier = (await caches.keys()).filter((key) => key.startsWith(BUILD.prefix));
      const fresh = new Set(BUILD.fresh);
      const reused = await Promise.all(files.map((file) => !fresh.has(file) && reuse(file, cache, earlier)));
      const missing = files.filter((_, i) => !reused[i]);
      await cache.addAll(missing.map((file) => new Request(file, { cache: 'reload' })));
    })(),
  );
});

/** Puts a content-named file into `cache` from the first of the game's caches that holds it; false if none does. */
async function reuse(file, cache, earlier) {
  for (const key of earlier) {
    const hit = await (await caches.open(key)).match(file);
    if (!hit || hit.status !== 200) continue;
    if (key !== BUILD.cache) await cache.put(file, hit);
    return true;
  }
  return false;
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(BUILD.prefix) && key !== BUILD.cache) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'take-over') sw.skipWaiting();
});

/** The part of a cached response a Range request asks for (206), or 416 when the range is outside it. */
async function partOf(request, response) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') || '');
  if (!match || (match[1] === '' && match[2] === '')) return response;
  const body = await response.arrayBuffer();
  const size = body.byteLength;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start > end || start >= size)
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  const headers = new Headers(response.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}

async function answer(request) {
  const cache = await caches.open(BUILD.cache);
  const key = request.mode === 'navigate' ? new URL('./index.html', sw.registration.scope).href : request;
  const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  if (!hit) return fetch(request);
  return request.headers.has('range') ? partOf(request, hit) : hit;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
  event.respondWith(answer(request));
});
