// Serves the built game (dist/) from our own origin with a strict Content-Security-Policy.
// Usage: node tools/serve.mjs [--port 4173] [--dir dist]. Prints the address when ready.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file ending (also used by the benchmark's server). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8', // the classroom documents, fetched in classroom mode
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Only our own origin; data:/blob: where Phaser (built-in textures, decoded images) and howler (audio) need them.
 * No inline script, no eval, no other origin. Trusted Types are required for every script sink and only one policy
 * may exist, 'default' (src/app/trusted-types.ts): it lets Phaser's SVG loader hand our own SVG text to DOMParser
 * and blocks everything else. The security e2e test proves zero violations. See docs/security.md.
 */
export const CSP_DIRECTIVES = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['default'],
});

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Every response carries these, errors included (a 404 page must not be a place to run script either). */
export const SECURITY_HEADERS = Object.freeze({ ...HEADERS });

export function startServer({ port = 4173, dir = 'dist', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${dir}/index.html not found: run "npm run build" first`);
  const server = createServer((req, res) => {
    // A static game: nothing to post, put or delete.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { ...HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed');
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.includes('\0')) throw new Error('NUL in path'); // fs calls throw on NUL: refuse it here
    } catch {
      res.writeHead(400, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  // Node answers requests its parser refuses (a malformed line: 400; headers over the limit: 431) before any
  // handler runs, with none of our headers. Write those answers ourselves so every response carries them.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || socket.destroyed) return;
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_TIMEOUT' ? 408 : 400;
    const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[status];
    const body = `${reason}\n`;
    const head = {
      ...HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(body.length),
      Connection: 'close',
    };
    const lines = Object.entries(head).map(([name, value]) => `${name}: ${value}`);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveListen({ server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? fallback : process.argv[at + 1];
  };
  const { url } = await startServer({
    port: Number(arg('--port', process.env.PORT ?? 4173)),
    dir: arg('--dir', 'dist'),
  });
  console.log(
    `\n  Avenida Viena, 1940 is running at ${url}\n  Kiosk mode: ${url}?mode=kiosk   Classroom mode: ${url}?mode=classroom\n  Press Ctrl+C to stop.\n`,
  );
}
