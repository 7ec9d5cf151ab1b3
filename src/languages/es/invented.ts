import text from '../../../docs/es/invented.md?raw';

/** "What we invented and simplified" in Spanish (Mexico) (docs/es/invented.md), for the archive: its own chunk. */
export const invented: string = text;
