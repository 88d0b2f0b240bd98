import type { Duck } from '../../store/duck.ts';
import { deriveCapabilities } from './derive-capabilities.ts';
import { derivePlatforms } from './derive-platforms.ts';

export interface DerivedCounts {
  capabilities: number;
  platforms: number;
}

/**
 * Derives, again, the records matchmaking reads that the atlas infers from
 * its organisations: one capability per supplying organisation and the
 * public service platforms (derive-capabilities.ts, derive-platforms.ts).
 * Runs where organisations are loaded — the bootstrap of a new atlas,
 * `atlas generate` — and on an explicit, audited action (`atlas match
 * derive`, POST /api/capabilities/derive); never on a read (a GET
 * writes nothing: src/api/CONTEXT.md). Cost: ~1.3 s on the 5,448 listed firms.
 */
export async function deriveMatchingRecords(
  db: Duck,
  opts: { now?: Date | string } = {},
): Promise<DerivedCounts> {
  const c = await deriveCapabilities(db, opts);
  const p = await derivePlatforms(db, opts);
  return { capabilities: c.written, platforms: p.written };
}
