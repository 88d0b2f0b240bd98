import {
  PreparedRight,
  resolveAboveFloor,
} from '../../analytics/resolution/resolve-above-floor.ts';
import { DEFAULT_RESOLUTION_OPTIONS } from '../../analytics/resolution/resolution-options.ts';
import type { LeftGramCounts } from '../../analytics/resolution/resolve-records.ts';
import { charBigrams } from '../../analytics/resolution/bigram-jaccard.ts';
import { normalizeOrgName } from '../../analytics/resolution/normalize-org-name.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import { usccProblem } from '../../core/ids/uscc.ts';
import { nameKey } from '../../ingest/text.ts';
import type { Duck } from '../../store/duck.ts';
import { type AtlasRecord, atlasRecords } from '../../store/queries/resolution-records.ts';
import {
  type AtlasMatch,
  type AtlasMatchRow,
  division,
  exactNameMatch,
  sureKeyMatch,
} from './match-to-atlas.ts';
import { resolutionReference } from './resolution-reference.ts';
import { toRecords } from './resolve-organizations.ts';

/**
 * Which rows of a file name an organisation already in the atlas, surely or
 * for review — what an import needs to know before it writes its rows in
 * bulk (the rows paired go to the row-by-row merge, which asks pairAll for
 * them with the same prepared atlas). The atlas is read and prepared once for
 * every slice of the file; candidates that cannot reach the review threshold are never
 * scored (analytics/resolution/resolve-above-floor.ts).
 *
 * Every row paired here is paired by matchToAtlas (match-to-atlas.ts) with
 * the same organisation, decision, score and reasons, and every row
 * matchToAtlas pairs is paired here: tests/resolution/atlas-matcher.test.ts
 * holds the two equal on the bundled atlas and a generated registry.
 *
 * When every organisation of the atlas has a USCC (a registry loaded
 * before), a row with a valid USCC of its own that no organisation holds is
 * settled without being prepared: two different USCCs cap a pair at 0.3
 * (score-pair.ts), below review. Its name bigrams are then left out of
 * leftGrams (`uncounted` says how many rows); uncountedGrams gives them when
 * the common-core counts are asked after all.
 */

export interface AtlasPairing {
  /** The rows paired with an organisation (decision match or review), by row id. */
  paired: Map<string, AtlasMatch>;
  warnings: AtlasWarning[];
  leftGrams: Map<string, number>;
  countDependent: string[];
  /** Rows settled by their USCC alone, whose bigrams leftGrams leaves out. */
  uncounted: number;
  /** Right records looked at (resolve-above-floor.ts), and how many pairs were scored. */
  candidates: number;
  comparisons: number;
}

export class AtlasMatcher {
  private constructor(
    private readonly atlas: readonly AtlasRecord[],
    private readonly right: PreparedRight,
    private readonly ids: Set<string>,
    private readonly byUscc: Map<string, string>,
    private readonly byExternal: Map<string, string>,
    private readonly byName: Map<string, AtlasRecord[]>,
  ) {
    this.closed = right.records.length > 0 && right.records.every((r) => r.record.uscc);
    this.usccs = new Set(right.records.map((r) => r.record.uscc ?? ''));
  }

  /** Every organisation has a (valid) USCC. */
  private readonly closed: boolean;
  /** The organisations' USCCs as the resolver compares them (trimmed, upper case). */
  private readonly usccs: Set<string>;

  static async open(db: Duck): Promise<AtlasMatcher> {
    const atlas = await atlasRecords(db);
    const byUscc = new Map(atlas.filter((a) => a.uscc).map((a) => [a.uscc as string, a.id]));
    const byExternal = new Map<string, string>();
    for (const a of atlas)
      for (const [k, v] of Object.entries(
        JSON.parse(a.externalIds ?? '{}') as Record<string, string>,
      ))
        byExternal.set(`${k}\u0000${v}`, a.id);
    const byName = new Map<string, AtlasRecord[]>();
    for (const a of atlas) {
      const k = nameKey(a.name);
      byName.set(k, [...(byName.get(k) ?? []), a]);
    }
    const rows = atlas.map((a) => ({
      id: a.id,
      name: a.name,
      region: a.region ?? undefined,
      industry: division(a.industry),
      uscc: a.uscc ?? undefined,
    }));
    const records = toRecords(rows, 'right', []);
    const ref = resolutionReference();
    const right = new PreparedRight(records, ref.places, DEFAULT_RESOLUTION_OPTIONS);
    const ids = new Set(atlas.map((a) => a.id));
    return new AtlasMatcher(atlas, right, ids, byUscc, byExternal, byName);
  }

  get size(): number {
    return this.atlas.length;
  }

  /**
   * Whether a row is settled unpaired whenever it has a valid USCC, written
   * as stored (trimmed, upper case), that no organisation holds as stored,
   * and no stock code or external id: every organisation has a valid USCC
   * stored in that form. Such a row meets no id, USCC or external id; its
   * exact name, if an organisation's, is that of one with another USCC,
   * which rule 3 refuses; and it is settled (the class header). A caller
   * that knows its rows are such need not read them (stage-organizations.ts);
   * their bigrams are uncounted, as pair() leaves them.
   */
  get settlesNewUsccs(): boolean {
    return this.closed && this.atlas.every((a) => a.uscc === a.uscc?.trim().toUpperCase());
  }

  /** A row no organisation can pair with but by its USCC (the class header); sure keys asked first. */
  private settled(r: AtlasMatchRow): boolean {
    const uscc = r.uscc?.trim().toUpperCase();
    if (!this.closed || r.stockCode || !uscc || this.usccs.has(uscc)) return false;
    return !usccProblem(uscc);
  }

  /** The rows left to the resolver, and those settled by their USCC. */
  private split(rows: readonly AtlasMatchRow[]) {
    const paired = new Map<string, AtlasMatch>();
    const rest: AtlasMatchRow[] = [];
    const settled: AtlasMatchRow[] = [];
    for (const r of rows) {
      const hit =
        sureKeyMatch(r, this.ids, this.byUscc, this.byExternal) ?? exactNameMatch(r, this.byName);
      if (hit) paired.set(r.id, hit);
      else if (this.settled(r)) settled.push(r);
      else rest.push({ ...r, industry: division(r.industry) });
    }
    return { paired, rest, settled };
  }

  /** The bigram counts pair() left out (its `uncounted` rows), for the common-core counts. */
  uncountedGrams(rows: readonly AtlasMatchRow[]): Map<string, number> {
    const { places } = resolutionReference();
    const out = new Map<string, number>();
    for (const r of this.split(rows).settled) {
      const name = normalizeOrgName(r.name, places);
      const grams = charBigrams(name.core);
      for (const g of charBigrams(name.full)) grams.add(g);
      for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  }

  /**
   * The rows one matchToAtlas call on the whole list pairs, and how: pair()
   * once, and the rows whose decision asked the common-core counts decided
   * again with the rows settled by their USCC counted too (as matchToAtlas
   * counts every row the resolver is given).
   */
  pairAll(rows: readonly AtlasMatchRow[]): Map<string, AtlasMatch> {
    const first = this.pair(rows);
    if (first.uncounted === 0 || first.countDependent.length === 0) return first.paired;
    const counts = new Map(first.leftGrams);
    for (const [g, n] of this.uncountedGrams(rows)) counts.set(g, (counts.get(g) ?? 0) + n);
    const dependent = new Set(first.countDependent);
    const again = this.pair(
      rows.filter((r) => dependent.has(r.id)),
      { counts },
    );
    for (const id of dependent) first.paired.delete(id);
    for (const [id, m] of again.paired) first.paired.set(id, m);
    return first.paired;
  }

  pair(rows: readonly AtlasMatchRow[], counts?: LeftGramCounts): AtlasPairing {
    const { paired, rest, settled } = this.split(rows);
    const warnings: AtlasWarning[] = [];
    const empty = { pairs: [], leftGrams: new Map(), countDependent: [], candidates: 0 };
    const out =
      rest.length === 0
        ? { ...empty, comparisons: 0 }
        : resolveAboveFloor(
            toRecords(rest, 'left', warnings),
            this.right,
            resolutionReference().places,
            {},
            counts,
          );
    for (const p of out.pairs)
      paired.set(p.leftId, {
        row: p.leftId,
        organization: p.rightId,
        decision: p.decision,
        how: 'resolver',
        score: p.score,
        reasons: p.reasons,
      });
    const { leftGrams, countDependent, candidates, comparisons } = out;
    const uncounted = settled.length;
    return { paired, warnings, leftGrams, countDependent, uncounted, candidates, comparisons };
  }
}
