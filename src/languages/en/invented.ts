import text from '../../../docs/invented.md?raw';

/** "What we invented and simplified" in English (docs/invented.md), for the archive: its own chunk. */
export const invented: string = text;
