// The language registry for Node tools (the parity check, the byte budgets): src/languages/languages.json, the
// same list src/core/settings/language.ts reads for the game.
import { readFileSync } from 'node:fs';

/** The registry's entries, in order (the first is the reference and fallback language). */
export function registryEntries(file = new URL('../../src/languages/languages.json', import.meta.url)) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The registry's language ids, in order. */
export function registryLanguages(file) {
  return registryEntries(file).map((entry) => entry.id);
}
