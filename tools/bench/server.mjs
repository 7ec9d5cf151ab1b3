// A static server for the benchmark: the game's own security headers (tools/serve.mjs) plus gzip, as a real
// static host would send it (the slow-network runs would otherwise measure uncompressed bytes). Compressed
// bodies are cached per file, so compression time is not on any measured path after the first request.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS, TYPES } from '../serve.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** Serves each of `mounts` ({ '/game/': dir, '/reference/': dir }) on one origin. Resolves { server, url }. */
export function startBenchServer(mounts, { port = 0, host = '127.0.0.1' } = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return res.writeHead(404, SECURITY_HEADERS).end();
    const root = resolve(mounts[prefix]);
    const rest = path.slice(prefix.length);
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
      return res.writeHead(404, SECURITY_HEADERS).end();
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = cache.get(`${file}:${gzip}`);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
      cache.set(`${file}:${gzip}`, body);
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => done({ server, url: `http://${host}:${server.address().port}` }));
  });
}
