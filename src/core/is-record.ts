// The one guard for "a plain object of unknown fields" used by the hostile parsers (saves, settings, the record).

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
