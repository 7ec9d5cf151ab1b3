/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { ink } from './tools/ink/vite-plugin-ink.ts';

export default defineConfig({
  base: './',
  plugins: [ink()],
  build: {
    target: 'es2022',
    // Phaser alone is ~1.37 MB minified; it loads after the story text, in its own chunk.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/ },
            { name: 'inkjs', test: /node_modules[\\/]inkjs/ },
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
});
