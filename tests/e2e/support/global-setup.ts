import type { TestProject } from 'vitest/node';
import { DIST_DIR } from './dist-dir.ts';
import { startServer } from '../../../tools/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await startServer({ port: 0, dir: DIST_DIR });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
