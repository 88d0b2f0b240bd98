/**
 * Reviewed duplicate candidates (table `reviewed_pairs`, migrations 006–007):
 * pairs of organisation records an analyst has judged, so the review does not
 * offer them again. The one decision so far is 'distinct' (different
 * entities). A pair is stored once, the smaller id first in UTF-8 byte order —
 * the order DuckDB compares strings in, which JavaScript's `<` does not follow
 * past U+FFFF — so the table's CHECK (a < b) and lookups agree.
 */
import type { Duck, Tx } from './duck.ts';

export type ReviewDecision = 'distinct';

/** A reviewed pair of organisation records. */
export interface ReviewedPairRow {
  a: string;
  b: string;
  decision: ReviewDecision;
  decidedBy: string | null;
  decidedAt: string;
  note: string | null;
}

const encoder = new TextEncoder();

/** Compares two strings as DuckDB does: by their UTF-8 bytes (= by code points). */
export function compareIds(x: string, y: string): number {
  const a = encoder.encode(x);
  const b = encoder.encode(y);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Every unordered pair of the distinct ids, smaller id first. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const u = [...new Set(ids)].sort(compareIds);
  const out: [string, string][] = [];
  for (let i = 0; i < u.length; i++) for (let j = i + 1; j < u.length; j++) out.push([u[i], u[j]]);
  return out;
}

/** The key of a pair in either order, for lookups. */
export const pairKey = (x: string, y: string): string =>
  compareIds(x, y) <= 0 ? `${x}\u0000${y}` : `${y}\u0000${x}`;

/** Records a decision on every pair of `ids` (a decision again replaces the earlier one). */
export async function writeReviewedPairs(
  tx: Tx,
  ids: readonly string[],
  d: { decision: ReviewDecision; by: string | null; at: string; note: string | null },
): Promise<number> {
  const pairs = pairsOf(ids);
  for (const [a, b] of pairs)
    await tx.exec(
      `INSERT OR REPLACE INTO reviewed_pairs (a, b, decision, decided_by, decided_at, note)
       VALUES ($a, $b, $decision, $by, $at, $note)`,
      { a, b, decision: d.decision, by: d.by, at: d.at, note: d.note },
    );
  return pairs.length;
}

/** Takes the decision back for every pair of `ids`; answers how many pairs had one. */
export async function deleteReviewedPairs(tx: Tx, ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const [a, b] of pairsOf(ids)) {
    const r = await tx.all('DELETE FROM reviewed_pairs WHERE a = $a AND b = $b RETURNING a', {
      a,
      b,
    });
    n += r.length;
  }
  return n;
}

/** Every reviewed pair (the duplicate review reads them all: their number is small). */
export async function readReviewedPairs(db: Duck): Promise<ReviewedPairRow[]> {
  const rows = await db.all('SELECT * FROM reviewed_pairs ORDER BY a, b');
  return rows.map((r) => ({
    a: String(r.a),
    b: String(r.b),
    decision: String(r.decision) as ReviewDecision,
    decidedBy: (r.decided_by as string | null) ?? null,
    decidedAt: String(r.decided_at),
    note: (r.note as string | null) ?? null,
  }));
}

/**
 * Inside a merge of `from` into `into`: decisions about `from` now concern
 * `into` (where `into` has none with the same organisation), and one between
 * the two — now a pair of one record — is dropped.
 */
export async function mergeReviewedPairs(tx: Tx, from: string, into: string): Promise<void> {
  await tx.exec(
    `INSERT OR IGNORE INTO reviewed_pairs (a, b, decision, decided_by, decided_at, note)
       SELECT least(x, y), greatest(x, y), decision, decided_by, decided_at, note FROM (
         SELECT CASE WHEN a = $from THEN $into ELSE a END AS x,
                CASE WHEN b = $from THEN $into ELSE b END AS y,
                decision, decided_by, decided_at, note
         FROM reviewed_pairs WHERE a = $from OR b = $from) WHERE x <> y`,
    { from, into },
  );
  await tx.exec('DELETE FROM reviewed_pairs WHERE a = $from OR b = $from', { from });
}
