/** A language's name in another language through `Intl` ("es" in "en-GB" → "Spanish"); the code where unknown. */
export function languageDisplayName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
