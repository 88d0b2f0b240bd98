import type { Duck } from '../../store/duck.ts';

/**
 * Built match indexes, kept per open database until a write of ours
 * (invalidateMatching) or a change in the store's counts makes them stale.
 */
type Kind = 'capabilities' | 'demands';
interface Entry {
  key: string;
  value: unknown;
}
const cache = new WeakMap<Duck, Map<Kind, Entry>>();
const generation = new WeakMap<Duck, number>();

export function invalidateMatching(db: Duck, kind?: Kind): void {
  generation.set(db, (generation.get(db) ?? 0) + 1);
  if (kind) cache.get(db)?.delete(kind);
  else cache.delete(db);
}

async function storeKey(db: Duck, kind: Kind): Promise<string> {
  const r = await db.one(
    `SELECT (SELECT count(*) FROM ${kind}) AS n, (SELECT max(created_at) FROM ${kind}) AS m,
            (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM links) AS l`,
  );
  return `${generation.get(db) ?? 0}|${r?.n}|${r?.m}|${r?.o}|${r?.l}`;
}

export async function cached<T>(db: Duck, kind: Kind, build: () => Promise<T>): Promise<T> {
  const key = await storeKey(db, kind);
  const hit = cache.get(db)?.get(kind);
  if (hit && hit.key === key) return hit.value as T;
  const value = await build();
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  m.set(kind, { key, value });
  return value;
}
