import { downloadText } from '../download-text.ts';
import { MAX_SAVE_CHARS } from '../../../core/save/parse-save.ts';

/** Offers `text` as a file download (Blob + <a download>): no server, nothing leaves the device. */
/** Saves a save file on this device. */
export function downloadSave(text: string, filename: string): void {
  downloadText(filename, text, 'application/json');
}

export type ReadFileResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'too-large' | 'not-json' };

/** Reads a chosen file as text, refusing anything too large before reading a byte of it. */
export async function readSaveFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_SAVE_CHARS) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

/** "avenida-viena-ch4_fortress-2026-11-26.json": safe characters only. */
export function saveFilename(checkpoint: string | null, savedAt: string): string {
  const day = savedAt.slice(0, 10).replace(/[^0-9-]/g, '');
  const chapter = (checkpoint ?? 'start').replace(/[^a-z0-9_]/g, '');
  return `avenida-viena-${chapter}-${day}.json`;
}
