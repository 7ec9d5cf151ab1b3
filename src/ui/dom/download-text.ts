import { el } from './el.ts';

/**
 * Saves text as a file on this device (the browser's own download): the only way anything leaves the game, and
 * only by the player's own hand (debriefs, saves, class results).
 */
export function downloadText(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
