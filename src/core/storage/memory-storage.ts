import type { StoragePort } from './storage-port.ts';

/** Storage that lasts as long as the page: kiosk mode, tests, and the fallback when the device store fails. */
export function createMemoryStorage(limitBytes = 5_000_000): StoragePort {
  const values = new Map<string, string>();
  const size = () => [...values.values()].reduce((sum, v) => sum + v.length, 0);
  return {
    kind: 'memory',
    read: (key) => values.get(key) ?? null,
    write(key, value) {
      const previous = values.get(key)?.length ?? 0;
      if (size() - previous + value.length > limitBytes) return false;
      values.set(key, value);
      return true;
    },
    remove: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}
