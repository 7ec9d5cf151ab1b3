// Types for registry.mjs (the language registry as Node tools read it).

/** One entry of src/languages/languages.json (the game's own type is LanguageInfo in src/core/settings/language.ts). */
export interface RegistryEntry {
  readonly id: string;
  readonly name: string;
  readonly word: string;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
}

/** The registry's entries, in order (the first is the reference and fallback language). */
export function registryEntries(file?: URL | string): RegistryEntry[];

/** The registry's language ids, in order. */
export function registryLanguages(file?: URL | string): string[];
