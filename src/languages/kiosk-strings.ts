import { LANGUAGES, type Language } from '../core/settings/language.ts';
import type { KioskStaffStrings, KioskVisitorStrings } from '../ui/strings/en-kiosk.ts';
import type { KioskFirstStartStrings } from '../ui/strings/kiosk-first-start.ts';
import { partOrFallback } from './part-of.ts';

// Eager inside the kiosk chunk: the attract screen and the idle warning speak every language at once.
const VISITOR = import.meta.glob<KioskVisitorStrings>('./*/kiosk.ts', { eager: true, import: 'kioskStrings' });
const STAFF = import.meta.glob<KioskStaffStrings>('./*/kiosk.ts', { eager: true, import: 'kioskStaffStrings' });
const FIRST_START = import.meta.glob<KioskFirstStartStrings>('./*/kiosk-first-start.ts', {
  eager: true,
  import: 'kioskFirstStartStrings',
});

/** The visitor screens' words in every registry language, in registry order. */
export const KIOSK_VISITOR: readonly { readonly lang: Language; readonly strings: KioskVisitorStrings }[] =
  LANGUAGES.map((lang) => ({
    lang,
    strings: partOrFallback(VISITOR, lang),
  }));

/** The staff panel's words in `lang` (src/languages/<lang>/kiosk.ts). */
export function kioskStaffStringsFor(lang: Language): KioskStaffStrings {
  return partOrFallback(STAFF, lang);
}

/** The staff panel's first start (choosing the PIN) in `lang` (src/languages/<lang>/kiosk-first-start.ts). */
export function kioskFirstStartStringsFor(lang: Language): KioskFirstStartStrings {
  return partOrFallback(FIRST_START, lang);
}
