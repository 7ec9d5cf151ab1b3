import type { TestProject } from 'vitest/node';
import { DIST_DIR } from './dist-dir.ts';
// @ts-expect-error plain ESM module without types
import { startServer } from '../../../tools/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = (await startServer({ port: 0, dir: DIST_DIR })) as { server: import('node:http').Server; url: string };
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
