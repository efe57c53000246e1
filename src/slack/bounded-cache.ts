/**
 * A map bounded in size (least recently used entries go first) and in age (entries expire
 * after `ttlMs`). Used for event de-duplication, thread memory and rate-limit buckets, so no
 * per-user or per-event state can grow without bound.
 */
export { createBoundedCache, type BoundedCache };

interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Sets `key` and returns true when it was absent (or expired): an atomic "first time seen". */
  claim(key: string, value: V): boolean;
  readonly size: number;
}

function createBoundedCache<V>(options: { maxEntries: number; ttlMs: number; now: () => number }): BoundedCache<V> {
  const entries = new Map<string, { value: V; expires: number }>();
  const get = (key: string): V | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= options.now()) {
      entries.delete(key);
      return undefined;
    }
    entries.delete(key);
    entries.set(key, entry);
    return entry.value;
  };
  const set = (key: string, value: V): void => {
    entries.delete(key);
    entries.set(key, { value, expires: options.now() + options.ttlMs });
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done === true) break;
      entries.delete(oldest.value);
    }
  };
  return {
    get,
    set,
    claim(key, value) {
      if (get(key) !== undefined) return false;
      set(key, value);
      return true;
    },
    get size() {
      return entries.size;
    },
  };
}
