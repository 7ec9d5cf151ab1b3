import type { StoragePort } from './storage-port.ts';

/**
 * Read-modify-write on one stored value: the value is read again just before each change, never taken from a copy
 * the caller kept. Two pages on one profile (two kiosk tabs) share the store, and each would otherwise write its own
 * stale copy over the other's changes. Returns the value as changed (also when the store refused the write, so the
 * page goes on with it).
 */
export function updateStored<T>(
  store: StoragePort,
  key: string,
  parse: (raw: string | null) => T,
  change: (current: T) => T,
  serialize: (value: T) => string,
): T {
  const next = change(parse(store.read(key)));
  store.write(key, serialize(next));
  return next;
}
