import type { Duck, Tx } from './duck.ts';

/** A pair of organisation records judged to be different entities. */
export interface DistinctPairRow {
  a: string;
  b: string;
  decidedBy: string | null;
  decidedAt: string;
  note: string | null;
}

/** Every unordered pair of the ids, smaller id first. */
export function pairsOf(ids: readonly string[]): [string, string][] {
  const u = [...new Set(ids)].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < u.length; i++) for (let j = i + 1; j < u.length; j++) out.push([u[i], u[j]]);
  return out;
}

/** Records every pair of `ids` as distinct (a decision again replaces the earlier one). */
export async function writeDistinctPairs(
  tx: Tx,
  ids: readonly string[],
  d: { by: string | null; at: string; note: string | null },
): Promise<number> {
  const pairs = pairsOf(ids);
  for (const [a, b] of pairs)
    await tx.exec(`INSERT OR REPLACE INTO distinct_pairs VALUES ($a, $b, $by, $at, $note)`, {
      a,
      b,
      by: d.by,
      at: d.at,
      note: d.note,
    });
  return pairs.length;
}

/** Takes the decision back for every pair of `ids`; answers how many pairs there were. */
export async function deleteDistinctPairs(tx: Tx, ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const [a, b] of pairsOf(ids)) {
    const r = await tx.all('DELETE FROM distinct_pairs WHERE a = $a AND b = $b RETURNING a', {
      a,
      b,
    });
    n += r.length;
  }
  return n;
}

/** Every decided pair (the duplicate review reads them all: their number is small). */
export async function readDistinctPairs(db: Duck): Promise<DistinctPairRow[]> {
  const rows = await db.all('SELECT * FROM distinct_pairs ORDER BY a, b');
  return rows.map((r) => ({
    a: String(r.a),
    b: String(r.b),
    decidedBy: (r.decided_by as string | null) ?? null,
    decidedAt: String(r.decided_at),
    note: (r.note as string | null) ?? null,
  }));
}
