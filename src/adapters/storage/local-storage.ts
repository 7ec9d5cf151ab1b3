import type { StoragePort } from '../../core/storage/storage-port.ts';

const KEY_PREFIX = 'avenida-viena:';

/**
 * localStorage behind the StoragePort. Every call is guarded: private mode, school policies and full quotas throw
 * from getItem/setItem, and that must never break play. Returns null when localStorage cannot be used at all.
 */
export function createLocalStorage(store: Storage | undefined = safeLocalStorage()): StoragePort | null {
  if (!store) return null;
  try {
    const probe = `${KEY_PREFIX}probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
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
