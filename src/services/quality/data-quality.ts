import {
  QualityFlag,
  type DataQuality,
  type DuplicateCandidate,
} from '../../contract/data-quality.ts';
import { nameKey } from '../../ingest/text.ts';
import { pairKey, pairsOf, readReviewedPairs } from '../../store/reviewed-pairs.ts';
import type { Duck } from '../../store/duck.ts';
import {
  countDanglingLinks,
  readQualityRows,
  type QualityRow,
} from '../../store/queries/data-quality.ts';

/** The flags, most serious first: the contract's list. */
const QUALITY_FLAGS = QualityFlag.options;

/** Measures older than this many years before the newest year in the atlas are stale. */
const STALE_YEARS = 2;
const EXAMPLES = 20;

const RULES: Record<QualityFlag, string> = {
  no_region: 'no GB/T 2260 region: left out of every regional metric',
  no_industry: 'no GB/T 4754 industry: left out of matrices and chain placement by code',
  no_coordinates: 'no coordinates: not on the map, not in spatial detection',
  no_uscc: 'an enterprise without a unified social credit code: duplicates cannot be ruled out',
  no_measures: 'an enterprise without employees, revenue or output in any year',
  stale_measures: `latest measures more than ${STALE_YEARS} years before the atlas's newest year`,
  unverified: 'a real record whose source has not been checked (provenance verified = false)',
  synthetic: 'generated, not real (合成数据)',
};

/** Legal forms dropped to compare names (三一重工 vs 三一重工股份有限公司). */
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|集团|股份公司|公司)$/;

function flagsOf(o: QualityRow, newest: number | null): QualityFlag[] {
  const f: QualityFlag[] = [];
  if (!o.region) f.push('no_region');
  if (o.industries === 0) f.push('no_industry');
  if (!o.hasCoordinates) f.push('no_coordinates');
  const enterprise = o.kind === 'enterprise';
  if (enterprise && !o.uscc) f.push('no_uscc');
  if (enterprise && o.lastMeasureYear === null) f.push('no_measures');
  if (o.lastMeasureYear !== null && newest !== null && newest - o.lastMeasureYear > STALE_YEARS)
    f.push('stale_measures');
  if (!o.synthetic && !o.verified) f.push('unverified');
  if (o.synthetic) f.push('synthetic');
  return f;
}

/**
 * Data-quality flags over every organisation (counts and the first examples
 * by id), links pointing at no organisation, and duplicate candidates: the
 * same USCC, the same name (half-width, case and bracket variants folded), or
 * the same name once the legal form is dropped within one province — the
 * last only a candidate, since 有限公司 and 股份有限公司 may be different
 * entities. Cost: one scan of the organisations.
 */
export async function dataQuality(
  db: Duck,
  opts: { reviewed?: 'exclude' | 'include' } = {},
): Promise<DataQuality> {
  const rows = await readQualityRows(db);
  const decided = new Map(
    (await readReviewedPairs(db))
      .filter((p) => p.decision === 'distinct')
      .map((p) => [pairKey(p.a, p.b), p] as const),
  );
  let reviewedHidden = 0;
  const years = rows.map((r) => r.lastMeasureYear).filter((y): y is number => y !== null);
  const newest = years.length ? Math.max(...years) : null;
  const byFlag = new Map<QualityFlag, QualityRow[]>(QUALITY_FLAGS.map((f) => [f, []]));
  for (const r of rows) for (const f of flagsOf(r, newest)) byFlag.get(f)!.push(r);

  const groups = duplicateGroups(rows);
  const seen = new Set<string>();
  const duplicates: DuplicateCandidate[] = [];
  for (const [k, g] of groups) {
    if (g.rows.length < 2) continue;
    const ids = g.rows
      .map((r) => r.id)
      .sort()
      .join(',');
    // A group found by a stronger reason is not listed again by a weaker one.
    if (seen.has(ids)) continue;
    seen.add(ids);
    // Reviewed when every pair of the group was judged distinct; the latest decision speaks for it.
    const pairs = pairsOf(g.rows.map((r) => r.id)).map(([a, b]) => decided.get(pairKey(a, b)));
    const latest = pairs.every((p) => p !== undefined)
      ? pairs.reduce((x, y) => (y!.decidedAt > x!.decidedAt ? y : x))
      : undefined;
    if (latest && opts.reviewed !== 'include') {
      reviewedHidden++;
      continue;
    }
    duplicates.push({
      ...(latest
        ? {
            reviewed: {
              decision: latest.decision,
              by: latest.decidedBy,
              at: latest.decidedAt,
              note: latest.note,
            },
          }
        : {}),
      reason: g.reason,
      key: k.slice(k.indexOf('|') + 1),
      organizations: g.rows.map((r) => ({
        id: r.id,
        name: r.name,
        region: r.region,
        synthetic: r.synthetic,
      })),
    });
  }
  return {
    organizations: rows.length,
    newestMeasureYear: newest,
    flags: QUALITY_FLAGS.map((flag) => ({
      flag,
      count: byFlag.get(flag)!.length,
      examples: byFlag
        .get(flag)!
        .slice(0, EXAMPLES)
        .map((r) => ({ id: r.id, name: r.name })),
    })),
    danglingLinks: await countDanglingLinks(db),
    duplicates,
    reviewedHidden,
    rules: RULES,
  };
}

/** Organisations grouped by the same USCC, the same name, and the same name without its legal form in one province. */
function duplicateGroups(
  rows: readonly QualityRow[],
): Map<string, { reason: DuplicateCandidate['reason']; rows: QualityRow[] }> {
  const groups = new Map<string, { reason: DuplicateCandidate['reason']; rows: QualityRow[] }>();
  const add = (reason: DuplicateCandidate['reason'], key: string, r: QualityRow) => {
    const k = `${reason}|${key}`;
    if (!groups.has(k)) groups.set(k, { reason, rows: [] });
    groups.get(k)!.rows.push(r);
  };
  for (const r of rows) {
    if (r.uscc) add('same_uscc', r.uscc, r);
    const full = nameKey(r.name);
    add('same_name', full, r);
    const core = full.replace(LEGAL_FORM, '');
    if (core !== full || rows.length)
      add('same_name_but_legal_form', `${r.province ?? '?'}|${core}`, r);
  }
  return groups;
}
