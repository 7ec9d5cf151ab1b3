import { el } from '../el.ts';

/**
 * Saves text as a file on this device (the browser's own download). The only way anything leaves the game in
 * classroom mode: by the student's or teacher's own hand.
 */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
