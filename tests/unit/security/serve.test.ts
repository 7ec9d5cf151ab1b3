import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, SECURITY_HEADERS, startServer } from '../../../tools/serve.mjs';

const directives = CSP_DIRECTIVES;
let server: Server;
let base: URL;
let root: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so paths like /../ reach the server unnormalised. */
function send(path: string, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: base.hostname, port: base.port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Bytes written straight to a socket: Node's own parser answers malformed requests before any handler runs. */
function sendRaw(bytes: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect({ host: base.hostname, port: Number(base.port) }, () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => done(answer));
    socket.on('close', () => done(answer));
    socket.on('error', fail);
  });
}

/** The status line and headers of a raw answer, header names in lower case. */
function headersOf(answer: string): { status: number; headers: Record<string, string> } {
  const [head = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'avenida-serve-'));
  mkdirSync(join(root, 'site', 'assets'), { recursive: true });
  writeFileSync(join(root, 'site', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'site', 'assets', 'a.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'outside the site');
  const started = await startServer({ port: 0, dir: join(root, 'site') });
  server = started.server;
  base = new URL(started.url);
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(root, { recursive: true, force: true });
});

describe('the Content-Security-Policy the game is served with', () => {
  it('allows scripts only from our own origin: no inline script, no eval, no other host', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|\*|https?:/,
    );
  });

  it('lets data: and blob: only where Phaser and howler need them, and fetches only from our origin', () => {
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['media-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['connect-src']).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src', 'worker-src', 'default-src']) {
      expect(directives[name], name).not.toContain('data:');
      expect(directives[name], name).not.toContain('blob:');
    }
  });

  it('forbids plugins, base and form hijacking and framing, and requires Trusted Types with one default policy', () => {
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['require-trusted-types-for']).toEqual(["'script'"]);
    expect(directives['trusted-types']).toEqual(['default']);
  });
});

describe('tools/serve.mjs', () => {
  it('sends the policy and the other security headers with the page', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(page.headers['set-cookie']).toBeUndefined();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers[name.toLowerCase()]).toBe(value);
  });

  it('sends the policy with errors too, as plain text', async () => {
    const missing = await send('/nothing-here.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(missing.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('never serves a file outside its folder, however the path is written', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const answer = await send(path);
      expect(answer.body, path).not.toContain('outside the site');
      expect([403, 404], path).toContain(answer.status);
    }
  });

  it('answers a NUL byte or a broken escape with 400 and keeps running', async () => {
    expect((await send('/index.html%00.js')).status).toBe(400);
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect((await send('/')).status).toBe(200);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const post = await send('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    const head = await send('/assets/a.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it("answers a malformed request line (Node's own 400) with every security header", async () => {
    const { status, headers } = headersOf(await sendRaw('GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n'));
    expect(status).toBe(400);
    for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expect(headers['connection']).toBe('close');
  });

  it("answers headers too large (Node's own 431) with every security header and keeps running", async () => {
    const huge = `GET / HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`;
    const { status, headers } = headersOf(await sendRaw(huge));
    expect(status).toBe(431);
    for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    expect((await send('/')).status).toBe(200);
  });
});
