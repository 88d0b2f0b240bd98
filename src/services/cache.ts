import type { Duck } from '../store/duck.ts';

/**
 * Results that change only when the store is written (the cluster list,
 * metric matrices, chain panoramas), kept per open database and keyed by
 * what they were asked with. An entry is current while the store's write
 * generation (`Duck.writeGeneration`, bumped by every transaction) is the
 * one it was built at: no route has to remember to invalidate.
 *
 * - Bounded: at most `maxEntries` per database, the least recently used
 *   dropped first.
 * - One build per key at a time: concurrent callers share the promise of
 *   the build under way (50 clients asking the same panorama build it once).
 * - A failed build is not kept: the next call tries again.
 * - Callers get the same object every time: treat it as read-only (the
 *   API's redaction and number guards copy what they change).
 * - Per-viewer redaction happens after the service, at the API layer
 *   (services/access/redact.ts), so what is kept here is viewer-free; a
 *   result that depends on the viewer must not be cached here.
 *
 * Cost: a Map lookup per call; memory bounded by entries × result size.
 */

export interface CacheStats {
  hits: number;
  misses: number;
}

interface Entry {
  generation: number;
  value: Promise<unknown>;
}

const DEFAULT_MAX_ENTRIES = 256;

let enabled = true;
let maxEntries = DEFAULT_MAX_ENTRIES;
const stores = new WeakMap<Duck, Map<string, Entry>>();
const stats: CacheStats = { hits: 0, misses: 0 };

/** Turns the cache on or off (a bench's baseline) and sets its bound; returns the previous settings. */
export function configureResultCache(o: { enabled?: boolean; maxEntries?: number }): {
  enabled: boolean;
  maxEntries: number;
} {
  const before = { enabled, maxEntries };
  if (o.enabled !== undefined) enabled = o.enabled;
  if (o.maxEntries !== undefined) maxEntries = Math.max(1, Math.floor(o.maxEntries));
  return before;
}

/** Hits and misses since the process started (tests and benches read differences). */
export function resultCacheStats(): CacheStats {
  return { ...stats };
}

/** Entries kept for one database (tests). */
export function resultCacheSize(db: Duck): number {
  return stores.get(db)?.size ?? 0;
}

/** A key from a kind and its options: keys in sorted order, undefined dropped. */
export function cacheKey(kind: string, options: unknown = {}): string {
  return `${kind}:${JSON.stringify(options, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  )}`;
}

/** The result for `key`, built by `build` unless one built since the last write is kept. */
export function cachedResult<T>(db: Duck, key: string, build: () => Promise<T>): Promise<T> {
  if (!enabled) return build();
  const generation = db.writeGeneration;
  let m = stores.get(db);
  if (!m) stores.set(db, (m = new Map()));
  const hit = m.get(key);
  if (hit && hit.generation === generation) {
    stats.hits++;
    // Most recently used last.
    m.delete(key);
    m.set(key, hit);
    return hit.value as Promise<T>;
  }
  stats.misses++;
  const value = build();
  const entry: Entry = { generation, value };
  m.delete(key);
  m.set(key, entry);
  // Stale entries go first, then the least recently used.
  if (m.size > maxEntries) for (const [k, e] of m) if (e.generation !== generation) m.delete(k);
  while (m.size > maxEntries) m.delete(m.keys().next().value as string);
  const store = m;
  value.catch(() => {
    if (store.get(key) === entry) store.delete(key);
  });
  return value;
}
