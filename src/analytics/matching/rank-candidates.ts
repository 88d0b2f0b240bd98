/**
 * Ranks candidates for one query by a weighted sum of seven parts, and says
 * how much each part adds ("why it ranks here").
 *
 * Formula   score_i = Σ_k w_k · v_k(i), with
 *           text     v = s_BM25(q, i) / max_j s_BM25(q, j)      (bm25-scores.ts)
 *           node     v = 1 if i shares a chain node with q, ½ if only a group
 *                        (3-digit GB/T 4754 group), else 0
 *           distance v = exp(−d_i / D), d_i haversine km to the query point, D = 100 km
 *           size     v = 1 if i's size class is the wanted one, ½ if unknown, 0 if
 *                        not; 0 for all when the query wants no size
 *           tags     v = 1 little giant or single-item champion, ½ specialised SME
 *           past     v = 1 − 2^(−n_i), n_i past links between the two parties
 *           pool     v = 1 if a peer leader shared i in the pool, else 0
 * Symbols   w_k weights (match-weights.ts), q the query, i a candidate.
 * Conventions only candidates with text or node evidence are ranked (a
 *           supplier near the buyer that makes something else is no match);
 *           `exclude` drops rows (e.g. the buyer's own capabilities); `allowed`
 *           (1 = keep) filters by region, visibility or kind. Unknown location
 *           → distance 0. Ties: lower candidate index first.
 * Edge cases no evidence → []; top ≤ 0 → [].
 * Cost      O(Σ_t df(t) + node members + m log k); allocates O(N) scratch.
 * References Robertson & Zaragoza (2009) FnTIR 3(4): 333-389 (§3.7, non-text
 *           features); Sinnott (1984) (haversine).
 */
import type { Bm25Index } from './bm25-index.ts';
import { bm25Scores, termsInDocument } from './bm25-scores.ts';
import { haversineKm } from './haversine.ts';
import { defaultGroupOf, type MatchCandidates } from './match-candidates.ts';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_PARTS,
  SIZE_LARGE,
  SIZE_SME,
  SIZE_UNKNOWN,
  TAG_LITTLE_GIANT,
  TAG_SINGLE_CHAMPION,
  TAG_SPECIALISED_SME,
  type MatchPart,
  type MatchWeights,
  type SizeName,
} from './match-weights.ts';
import { TopK } from './top-k.ts';

export interface MatchQuery {
  text: string;
  nodes?: readonly string[];
  lon?: number;
  lat?: number;
  size?: SizeName;
  /** candidate → number of past links with the querying party */
  past?: ReadonlyMap<number, number>;
  /** candidates shared in the pool by a peer leader */
  pooled?: ReadonlySet<number>;
  exclude?: ReadonlySet<number>;
  /** 1 = may be ranked; length N */
  allowed?: Uint8Array;
}

export interface RankOptions {
  top?: number;
  weights?: Partial<MatchWeights>;
  distanceScaleKm?: number;
}

export interface PartScore {
  value: number;
  weight: number;
  contribution: number;
}

export interface MatchHit {
  candidate: number;
  score: number;
  parts: Record<MatchPart, PartScore>;
  bm25: number;
  distanceKm?: number;
  matchedTerms: string[];
}

export const DEFAULT_DISTANCE_SCALE_KM = 100;

export function resolveWeights(w: Partial<MatchWeights> = {}): MatchWeights {
  const out = { ...DEFAULT_MATCH_WEIGHTS, ...w };
  for (const k of MATCH_PARTS)
    if (!(out[k] >= 0)) throw new RangeError(`weight ${k} must be a number ≥ 0`);
  return out;
}

/** Node fit of candidate i: 1 exact node, ½ shared group, 0 none. */
export function nodeFit(
  c: MatchCandidates,
  i: number,
  exact: ReadonlySet<number>,
  groups: ReadonlySet<number>,
): number {
  let fit = 0;
  for (let p = c.nodeOffsets[i]; p < c.nodeOffsets[i + 1]; p++) {
    const id = c.nodeIds[p];
    if (exact.has(id)) return 1;
    if (groups.has(c.nodeGroup[id])) fit = 0.5;
  }
  return fit;
}

export function sizeFit(wanted: SizeName | undefined, cls: number): number {
  if (!wanted) return 0;
  if (cls === SIZE_UNKNOWN) return 0.5;
  return (wanted === 'sme' ? SIZE_SME : SIZE_LARGE) === cls ? 1 : 0;
}

export function tagValue(bits: number): number {
  if (bits & (TAG_LITTLE_GIANT | TAG_SINGLE_CHAMPION)) return 1;
  return bits & TAG_SPECIALISED_SME ? 0.5 : 0;
}

export function pastValue(n: number): number {
  return n > 0 ? 1 - Math.pow(2, -n) : 0;
}

/** Query nodes as interned ids: exact nodes and the groups of the query's nodes. */
export function queryNodes(
  c: MatchCandidates,
  nodes: readonly string[] = [],
  groupOf: (n: string) => string | undefined,
): { exact: Set<number>; groups: Set<number> } {
  const exact = new Set<number>();
  const groups = new Set<number>();
  for (const key of nodes) {
    const id = c.nodeVocabulary.get(key);
    if (id !== undefined) exact.add(id);
    const g = groupOf(key);
    const gid = g === undefined ? undefined : c.groupVocabulary.get(g);
    if (gid !== undefined) groups.add(gid);
  }
  return { exact, groups };
}

function termStrings(index: Bm25Index, ids: number[]): string[] {
  if (ids.length === 0) return [];
  const want = new Set(ids);
  const out: string[] = [];
  for (const [term, id] of index.vocabulary) if (want.has(id)) out.push(term);
  return out.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export function rankCandidates(
  c: MatchCandidates,
  q: MatchQuery,
  opts: RankOptions & { groupOf?: (n: string) => string | undefined } = {},
): MatchHit[] {
  const top = opts.top ?? 10;
  if (top <= 0 || c.size === 0) return [];
  const w = resolveWeights(opts.weights);
  const scale = opts.distanceScaleKm ?? DEFAULT_DISTANCE_SCALE_KM;
  const hits = bm25Scores(c.index, q.text);
  const { scores, touched } = hits;
  const groupOf = opts.groupOf ?? defaultGroupOf;
  const { exact, groups } = queryNodes(c, q.nodes, groupOf);

  // Candidates: every touched document, plus node members without text.
  const seen = new Uint8Array(c.size);
  const list: number[] = [];
  const add = (i: number) => {
    if (seen[i]) return;
    seen[i] = 1;
    if (q.exclude?.has(i) || (q.allowed && !q.allowed[i])) return;
    list.push(i);
  };
  for (const i of touched) add(i);
  for (const id of exact)
    for (let p = c.byNode.offsets[id]; p < c.byNode.offsets[id + 1]; p++) add(c.byNode.items[p]);
  for (const g of groups)
    for (let p = c.byGroup.offsets[g]; p < c.byGroup.offsets[g + 1]; p++) add(c.byGroup.items[p]);

  let maxBm25 = 0;
  for (const i of list) if (scores[i] > maxBm25) maxBm25 = scores[i];
  const hasPoint = Number.isFinite(q.lon) && Number.isFinite(q.lat);

  const heap = new TopK(top);
  for (const i of list) {
    const s = partsScore(c, q, i, scores[i], maxBm25, exact, groups, hasPoint, scale, w);
    heap.push(i, s);
  }
  return heap.sorted().map(({ id }) => {
    const bm25 = scores[id];
    const values = partValues(c, q, id, bm25, maxBm25, exact, groups, hasPoint, scale);
    const parts = {} as Record<MatchPart, PartScore>;
    let score = 0;
    for (const k of MATCH_PARTS) {
      const contribution = w[k] * values[k];
      parts[k] = { value: values[k], weight: w[k], contribution };
      score += contribution;
    }
    const d = hasPoint ? haversineKm(q.lon!, q.lat!, c.lon[id], c.lat[id]) : NaN;
    return {
      candidate: id,
      score,
      parts,
      bm25,
      ...(Number.isFinite(d) ? { distanceKm: d } : {}),
      matchedTerms: termStrings(c.index, termsInDocument(c.index, hits.terms, id)),
    };
  });
}

// The hot loop: the same sum as partValues without building objects.
function partsScore(
  c: MatchCandidates,
  q: MatchQuery,
  i: number,
  bm25: number,
  maxBm25: number,
  exact: ReadonlySet<number>,
  groups: ReadonlySet<number>,
  hasPoint: boolean,
  scale: number,
  w: MatchWeights,
): number {
  let s = maxBm25 > 0 ? (w.text * bm25) / maxBm25 : 0;
  if (exact.size + groups.size > 0) s += w.node * nodeFit(c, i, exact, groups);
  if (hasPoint) {
    const d = haversineKm(q.lon!, q.lat!, c.lon[i], c.lat[i]);
    if (Number.isFinite(d)) s += w.distance * Math.exp(-d / scale);
  }
  s += w.size * sizeFit(q.size, c.sizeClass[i]);
  s += w.tags * tagValue(c.tagBits[i]);
  if (q.past) s += w.past * pastValue(q.past.get(i) ?? 0);
  if (q.pooled?.has(i)) s += w.pool;
  return s;
}

function partValues(
  c: MatchCandidates,
  q: MatchQuery,
  i: number,
  bm25: number,
  maxBm25: number,
  exact: ReadonlySet<number>,
  groups: ReadonlySet<number>,
  hasPoint: boolean,
  scale: number,
): Record<MatchPart, number> {
  const d = hasPoint ? haversineKm(q.lon!, q.lat!, c.lon[i], c.lat[i]) : NaN;
  return {
    text: maxBm25 > 0 ? bm25 / maxBm25 : 0,
    node: nodeFit(c, i, exact, groups),
    distance: Number.isFinite(d) ? Math.exp(-d / scale) : 0,
    size: sizeFit(q.size, c.sizeClass[i]),
    tags: tagValue(c.tagBits[i]),
    past: pastValue(q.past?.get(i) ?? 0),
    pool: q.pooled?.has(i) ? 1 : 0,
  };
}
