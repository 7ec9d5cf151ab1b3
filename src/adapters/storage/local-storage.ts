import type { StoragePort } from '../../core/storage/storage-port.ts';

const KEY_PREFIX = 'avenida-viena:';

/**
 * localStorage behind the StoragePort. Every call is guarded: private mode, school policies and full quotas throw
 * from getItem/setItem, and that must never break play. Returns null only when localStorage cannot be read at all.
 * Reading never depends on writing: a full device still gives back the autosave, the staff PIN and the counts it
 * holds; each refused write returns false on its own (the resilient store then says so and keeps the value in
 * memory).
 */
export function createLocalStorage(store: Storage | undefined = safeLocalStorage()): StoragePort | null {
  if (!store) return null;
  try {
    store.getItem(`${KEY_PREFIX}probe`);
  } catch {
    return null;
  }
  return {
    kind: 'device',
    read(key) {
      try {
        return store.getItem(KEY_PREFIX + key);
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        store.setItem(KEY_PREFIX + key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        store.removeItem(KEY_PREFIX + key);
      } catch {
        // nothing to do: the value stays, and reads are guarded too
      }
    },
    keys() {
      try {
        const found: string[] = [];
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i);
          if (key?.startsWith(KEY_PREFIX)) found.push(key.slice(KEY_PREFIX.length));
        }
        return found;
      } catch {
        return [];
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
