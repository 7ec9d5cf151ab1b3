/** The service worker's file name, next to index.html (written at build time by tools/sw/vite-plugin-sw.ts). */
export const SERVICE_WORKER_FILE = 'sw.js';
