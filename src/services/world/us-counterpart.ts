import type { ConcordanceRow, UsCluster } from '../../store/world-reference.ts';

/**
 * A field's counterpart among the DPS (2016) US traded clusters: each of the
 * field's GB/T classes is carried through the concordance to its NAICS
 * industries and their clusters; the cluster reached by most of the field's
 * concorded classes is the counterpart (ties: the lower cluster code), its
 * share being those classes over all concorded ones. The others reached are
 * listed with their counts; the counterpart's related clusters are the US
 * Cluster Mapping Project's (relatedness above its 90th percentile).
 * Cost O(codes × concordance rows).
 */
export interface CounterpartResult {
  counterpart: {
    code: number;
    nameEn: string;
    evidence: ConcordanceRow[];
    share: number;
    source: string;
  } | null;
  others: { code: number; nameEn: string; codes: number }[];
  related: { code: number; nameEn: string; crAll: number }[];
  unmapped: string[];
}

export function usCounterpart(
  codes: readonly string[],
  concordance: readonly ConcordanceRow[],
  clusters: readonly UsCluster[],
  relatedLimit = 5,
): CounterpartResult {
  const byCluster = new Map<
    number,
    { nameEn: string; codes: Set<string>; rows: ConcordanceRow[] }
  >();
  const mapped = new Set<string>();
  for (const code of codes)
    for (const r of concordance) {
      if (r.gbt4754 !== code || !r.usCluster) continue;
      mapped.add(code);
      const e = byCluster.get(r.usCluster.code) ?? {
        nameEn: r.usCluster.nameEn,
        codes: new Set<string>(),
        rows: [],
      };
      e.codes.add(code);
      e.rows.push(r);
      byCluster.set(r.usCluster.code, e);
    }
  const ranked = [...byCluster.entries()].sort(
    (a, b) => b[1].codes.size - a[1].codes.size || a[0] - b[0],
  );
  const unmapped = codes.filter((c) => !mapped.has(c));
  if (ranked.length === 0) return { counterpart: null, others: [], related: [], unmapped };
  const [code, top] = ranked[0]!;
  const us = clusters.find((c) => c.code === code);
  return {
    counterpart: {
      code,
      nameEn: top.nameEn,
      evidence: top.rows,
      share: top.codes.size / mapped.size,
      source: us?.source ?? '',
    },
    others: ranked.slice(1).map(([c, e]) => ({ code: c, nameEn: e.nameEn, codes: e.codes.size })),
    related: (us?.related ?? [])
      .slice(0, relatedLimit)
      .map((r) => ({ code: r.code, nameEn: r.nameEn, crAll: r.crAll })),
    unmapped,
  };
}
