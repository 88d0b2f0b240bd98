import { openStore, type StoreOptions } from '../store/store.ts';
import type { Duck } from '../store/duck.ts';

/** Opens the atlas database for a command or the server. */
export function openAtlas(opts: StoreOptions = {}): Promise<Duck> {
  return openStore(opts);
}

/** Runs fn with an open database and always closes it. */
export async function withAtlas<T>(opts: StoreOptions, fn: (db: Duck) => Promise<T>): Promise<T> {
  const db = await openStore(opts);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
