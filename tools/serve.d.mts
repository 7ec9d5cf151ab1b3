// Types for serve.mjs (a plain ESM tool run by node directly; tests start it in-process).
import type { Server } from 'node:http';

/** Content types by file ending. */
export const TYPES: Readonly<Record<string, string>>;
/** The Content-Security-Policy, directive by directive. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>>;
/** The Content-Security-Policy header's value. */
export const CONTENT_SECURITY_POLICY: string;
/** Every response's headers, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>>;

export interface ServerOptions {
  port?: number;
  dir?: string;
  host?: string;
}

/** Serves `dir` (which must hold index.html); resolves once listening, with the address ("http://host:port/"). */
export function startServer(options?: ServerOptions): Promise<{ server: Server; url: string }>;
