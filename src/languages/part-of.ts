import { DEFAULT_LANGUAGE, type Language } from '../core/settings/language.ts';

/**
 * One language's part from an `import.meta.glob` over the language folders ("…/languages/es/record.ts" → es).
 * Every consumer globs its own part, so a new folder is found without editing any consumer; the glob stays in the
 * consumer's file because where it is decides the chunk (eager in the first script, lazy in its own chunk).
 */
export function partOf<T>(modules: Readonly<Record<string, T>>, lang: Language): T | undefined {
  for (const [path, part] of Object.entries(modules)) if (path.split('/').at(-2) === lang) return part;
  return undefined;
}

/** As `partOf`, else the fallback language's part (every part has one: tests/unit/i18n/language-registry.test.ts). */
export function partOrFallback<T>(modules: Readonly<Record<string, T>>, lang: Language): T {
  const part = partOf(modules, lang) ?? partOf(modules, DEFAULT_LANGUAGE);
  if (part === undefined)
    throw new Error(`no part for ${lang} nor ${DEFAULT_LANGUAGE} in ${Object.keys(modules).join(', ')}`);
  return part;
}
