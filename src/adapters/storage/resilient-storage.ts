import { createMemoryStorage } from '../../core/storage/memory-storage.ts';
import type { StoragePort } from '../../core/storage/storage-port.ts';

/**
 * The device store when it works, memory when it does not: a write the device refuses (quota, policy) moves
 * that key to memory and calls `onFallback` once, so the UI can show a visible notice. Nothing is lost while the
 * page stays open.
 */
export function createResilientStorage(
  device: StoragePort | null,
  onFallback: (reason: 'unavailable' | 'refused') => void,
): StoragePort {
  const memory = createMemoryStorage();
  if (!device) {
    onFallback('unavailable');
    return memory;
  }
  let warned = false;
  return {
    get kind() {
      return warned ? 'memory' : 'device';
    },
    read: (key) => memory.read(key) ?? device.read(key),
    write(key, value) {
      if (device.write(key, value)) {
        memory.remove(key);
        return true;
      }
      if (!warned) {
        warned = true;
        onFallback('refused');
      }
      return memory.write(key, value);
    },
    remove(key) {
      memory.remove(key);
      device.remove(key);
    },
    keys: () => [...new Set([...device.keys(), ...memory.keys()])],
  } satisfies StoragePort;
}
