/**
 * Where saves and settings live. Implementations never throw: a full, disabled or throwing store reports
 * `false` from `write` and the caller falls back (memory) and tells the player.
 */
export interface StoragePort {
  read(key: string): string | null;
  /** true when the value is stored; false when the store refused it (full, disabled, private mode). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /** 'device' when values survive a reload; 'memory' when they last only as long as the page. */
  readonly kind: 'device' | 'memory';
}
