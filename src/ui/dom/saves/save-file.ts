import { MAX_SAVE_CHARS } from '../../../core/save/parse-save.ts';

/** Offers `text` as a file download (Blob + <a download>): no server, nothing leaves the device. */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  globalThis.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ReadFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'too-large' | 'not-json' };

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
