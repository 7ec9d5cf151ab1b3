// The one membership guard for the closed id lists (`as const` arrays): narrows an unknown value to the list's type.

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
