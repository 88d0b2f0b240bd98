/**
 * The slow, obvious matcher the tests and the benchmark check the fast one
 * against: tokenises every candidate on every query, counts df and tf by
 * scanning, scores every candidate with the formulas written out in
 * rank-candidates.ts and bm25-index.ts (in float64), and sorts them all.
 * Cost O(total text length + N log N) per query.
 * References Robertson & Zaragoza (2009) FnTIR 3(4): 333-389.
 */
import { charNgrams } from '../char-ngrams.ts';
import { haversineKm } from '../haversine.ts';
import { defaultGroupOf, type CandidateInput } from '../match-candidates.ts';
import { DEFAULT_MATCH_WEIGHTS, MATCH_PARTS, type MatchWeights } from '../match-weights.ts';
import type { MatchQuery } from '../rank-candidates.ts';

export interface NaiveHit {
  candidate: number;
  score: number;
  values: Record<string, number>;
}

export function naiveMatch(
  rows: readonly CandidateInput[],
  q: MatchQuery,
  opts: { top?: number; weights?: Partial<MatchWeights>; k1?: number; b?: number } = {},
): NaiveHit[] {
  const k1 = opts.k1 ?? 1.2;
  const b = opts.b ?? 0.75;
  const w = { ...DEFAULT_MATCH_WEIGHTS, ...opts.weights };
  const docs = rows.map((r) => charNgrams(r.text));
  const n = docs.length;
  const avgdl = docs.reduce((s, d) => s + d.length, 0) / n || 1;
  const qTerms = [...new Set(charNgrams(q.text))];
  const df = qTerms.map((t) => docs.filter((x) => x.includes(t)).length);
  const bm25 = docs.map((d) => {
    let s = 0;
    for (const [k, t] of qTerms.entries()) {
      const tf = d.filter((x) => x === t).length;
      if (tf === 0) continue;
      const idf = Math.log(1 + (n - df[k] + 0.5) / (df[k] + 0.5));
      s += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.length) / avgdl));
    }
    return s;
  });
  const qNodes = new Set(q.nodes ?? []);
  const qGroups = new Set((q.nodes ?? []).map(defaultGroupOf).filter((g) => g !== undefined));
  const node = rows.map((r) => {
    const ns = r.nodes ?? [];
    if (ns.some((x) => qNodes.has(x))) return 1;
    return ns.some((x) => {
      const g = defaultGroupOf(x);
      return g !== undefined && qGroups.has(g);
    })
      ? 0.5
      : 0;
  });
  const eligible = rows
    .map((_, i) => i)
    .filter((i) => (bm25[i] > 0 || node[i] > 0) && !q.exclude?.has(i))
    .filter((i) => !q.allowed || q.allowed[i] === 1);
  const max = Math.max(0, ...eligible.map((i) => bm25[i]));
  const hits = eligible.map((i) => {
    const r = rows[i];
    const d =
      q.lon !== undefined && q.lat !== undefined && r.lon !== undefined && r.lat !== undefined
        ? haversineKm(q.lon, q.lat, r.lon, r.lat)
        : NaN;
    const tags = r.tags ?? [];
    const values: Record<string, number> = {
      text: max > 0 ? bm25[i] / max : 0,
      node: node[i],
      distance: Number.isNaN(d) ? 0 : Math.exp(-d / 100),
      size: !q.size ? 0 : r.size === undefined ? 0.5 : r.size === q.size ? 1 : 0,
      tags:
        tags.includes('little_giant') || tags.includes('single_champion')
          ? 1
          : tags.includes('specialised_sme')
            ? 0.5
            : 0,
      past: 1 - Math.pow(2, -(q.past?.get(i) ?? 0)),
      pool: q.pooled?.has(i) ? 1 : 0,
    };
    const score = MATCH_PARTS.reduce((s, k) => s + w[k] * values[k], 0);
    return { candidate: i, score, values };
  });
  hits.sort((x, y) => y.score - x.score || x.candidate - y.candidate);
  return hits.slice(0, opts.top ?? 10);
}
