/**
 * Homogeneous competition (同质化竞争): which regions build the same
 * industries as a region, and in which industries they meet.
 *
 * Priorities  P_r = { i : LQ_ri ≥ 1 } (location-quotient.ts, over every
 *             region of the level in the atlas: the national reference), or
 *             a user's list of industries, the same for every region.
 * Similarity  S_ab = cosine of the industry-share rows of a and b restricted
 *             to U = P_a ∪ P_b (structure-similarity.ts on that sub-matrix);
 *             with a user's list, U = the list. `similarityAll` is the
 *             classical coefficient over every industry.
 * Overlap     O_ab = P_a ∩ P_b with both LQs and both shares, by min(LQ)
 *             descending; overlapShare = Σ_{i∈O} s_ai (and s_bi): how much of
 *             each region's activity lies in the contested industries.
 * Why union, not intersection: a cosine over the shared industries alone is
 *             1 for any single shared industry; over the union, what one
 *             region prioritises and the other does not pulls S down, so S is
 *             high only when both concentrate on the same industries in
 *             similar proportions — the homogeneity planners worry about.
 * Pairs       over a set of regions (a province's prefectures, or a list such
 *             as Shanghai, Suzhou, Hangzhou): every pair with S ≥ threshold
 *             (default 0.8, the level at which the Chinese literature speaks
 *             of 产业同构), most similar first.
 * Edge cases  a region absent from the matrix (no organisation placed) → an
 *             ATLAS_E_NOT_FOUND error naming it; an empty union (user's list
 *             where neither region is active) → S = null, never a pair.
 * Cost        O(R·I) for LQ, then O(|U|) per pair compared.
 * References  UNIDO (1979) structure similarity coefficient; 陈建军 (2004)
 *             长江三角洲地区的产业同构及产业定位, 《管理世界》.
 */
import { AtlasError } from '../../core/errors.ts';
import { locationQuotient } from './location-quotient.ts';
import { structureSimilarity } from './structure-similarity.ts';
import {
  regionIndustryMatrix,
  type RegionIndustryMatrix,
} from '../matrix/region-industry-matrix.ts';

export interface HomogeneityOptions {
  /** The region to compare with the others (ranking). */
  focus?: string;
  /** The regions to compare: default every other region of the matrix. */
  peers?: readonly string[];
  /** Pairs below this similarity are not listed (default 0.8). */
  threshold?: number;
  /** A user's list of priority industries instead of LQ ≥ 1. */
  industries?: readonly string[];
  /** How many similar regions to return for the focus (default 10). */
  limit?: number;
}

export interface OverlapIndustry {
  industry: string;
  lqA: number;
  lqB: number;
  shareA: number;
  shareB: number;
}

export interface RegionPair {
  a: string;
  b: string;
  /** Cosine over the industries either region prioritises (null: none). */
  similarity: number | null;
  /** Cosine over every industry. */
  similarityAll: number;
  overlap: OverlapIndustry[];
  overlapShare: { a: number; b: number };
}

export interface PriorityIndustry {
  industry: string;
  lq: number;
  share: number;
}

export interface StructureIndustry {
  industry: string;
  value: number;
  share: number;
  lq: number;
}

export interface HomogeneityOfMatrix {
  basis: 'lq' | 'industries';
  /** The focus region's industries with a value, by share descending (its structure). */
  structure: StructureIndustry[];
  threshold: number;
  focus: string | null;
  /** The focus region's priority industries, by LQ descending. */
  priorities: PriorityIndustry[];
  /** Regions most similar to the focus, most similar first (empty without focus). */
  similar: RegionPair[];
  /** Pairs among the set (focus ∪ peers, when peers are given) with S ≥ threshold. */
  pairs: RegionPair[];
}

/** The homogeneity analysis on a matrix (codes only; the store wrapper adds names). */
export function homogeneityOfMatrix(
  m: RegionIndustryMatrix,
  opts: HomogeneityOptions,
): HomogeneityOfMatrix {
  const threshold = opts.threshold ?? 0.8;
  const limit = opts.limit ?? 10;
  const rowOf = new Map(m.regions.map((r, k) => [r, k]));
  const need = (code: string): number => {
    const r = rowOf.get(code);
    if (r === undefined) {
      throw new AtlasError(
        'ATLAS_E_NOT_FOUND',
        `Region ${code} has no organisation in this matrix; regions with data: ${m.regions.slice(0, 40).join(', ')}${m.regions.length > 40 ? ', …' : ''}`,
        { region: code, regions: m.regions },
      );
    }
    return r;
  };
  const focus = opts.focus === undefined ? null : need(opts.focus);
  const peers = opts.peers ? [...new Set(opts.peers)].map(need) : null;
  const h = homogeneityBasis(m, opts.industries);

  let priorities: PriorityIndustry[] = [];
  let similar: RegionPair[] = [];
  let structure: StructureIndustry[] = [];
  if (focus !== null) {
    structure = focusStructure(h, focus);
    priorities = focusPriorities(h, focus);
    const others = (peers ?? m.regions.map((_, r) => r)).filter((r) => r !== focus);
    similar = others
      .map((r) => regionPair(h, focus, r))
      .sort(bySimilarity)
      .slice(0, limit);
  }
  const pairs: RegionPair[] = [];
  if (peers) {
    const set = focus !== null && !peers.includes(focus) ? [focus, ...peers] : peers;
    for (let x = 0; x < set.length; x++)
      for (let y = x + 1; y < set.length; y++) {
        const p = regionPair(h, set[x], set[y]);
        if (p.similarity !== null && p.similarity >= threshold) pairs.push(p);
      }
    pairs.sort(bySimilarity);
  }
  return {
    basis: h.listed ? 'industries' : 'lq',
    structure,
    threshold,
    focus: opts.focus ?? null,
    priorities,
    similar,
    pairs,
  };
}

/** LQs, shares and the priority rule over the matrix, row-major (r · C + i). */
interface HomogeneityBasis {
  m: RegionIndustryMatrix;
  C: number;
  lq: Float64Array;
  share: Float64Array;
  /** The user's list of industries as columns, or null (LQ ≥ 1). */
  listed: number[] | null;
  all: number[];
}

function homogeneityBasis(
  m: RegionIndustryMatrix,
  industries: readonly string[] | undefined,
): HomogeneityBasis {
  const C = m.cols;
  const colOf = new Map(m.industries.map((c, k) => [c, k]));
  const listed = industries
    ? industries.map((c) => colOf.get(c)).filter((i): i is number => i !== undefined)
    : null;
  const all = Array.from({ length: C }, (_, i) => i);
  return { m, C, lq: locationQuotient(m), share: rowShares(m.values, m.rows, C), listed, all };
}

/** Each row's values over its total (0 for an empty row). */
function rowShares(values: ArrayLike<number>, rows: number, C: number): Float64Array {
  const share = new Float64Array(values.length);
  for (let r = 0; r < rows; r++) {
    let xr = 0;
    for (let i = 0; i < C; i++) xr += values[r * C + i];
    for (let i = 0; i < C; i++) share[r * C + i] = xr > 0 ? values[r * C + i] / xr : 0;
  }
  return share;
}

function prioritises(h: HomogeneityBasis, r: number, i: number): boolean {
  return h.listed ? h.m.values[r * h.C + i] > 0 && h.listed.includes(i) : h.lq[r * h.C + i] >= 1;
}

/** Structure similarity of rows a and b over the columns cols (NaN when either is empty there). */
function cosine(h: HomogeneityBasis, a: number, b: number, cols: readonly number[]): number {
  const { m, C } = h;
  const values = new Float64Array(2 * cols.length);
  cols.forEach((i, k) => {
    values[k] = m.values[a * C + i];
    values[cols.length + k] = m.values[b * C + i];
  });
  let sa = 0;
  let sb = 0;
  for (let k = 0; k < cols.length; k++) {
    sa += values[k];
    sb += values[cols.length + k];
  }
  if (!(sa > 0) || !(sb > 0)) return NaN;
  const sub = regionIndustryMatrix([m.regions[a], m.regions[b]], cols.map(String), values);
  return structureSimilarity(sub)[0];
}

function regionPair(h: HomogeneityBasis, a: number, b: number): RegionPair {
  const { m, C, lq, share, listed } = h;
  const union: number[] = [];
  const overlap: OverlapIndustry[] = [];
  let oa = 0;
  let ob = 0;
  for (const i of listed ?? h.all) {
    const pa = prioritises(h, a, i);
    const pb = prioritises(h, b, i);
    if (listed || pa || pb) union.push(i);
    if (pa && pb) {
      overlap.push({
        industry: m.industries[i],
        lqA: lq[a * C + i],
        lqB: lq[b * C + i],
        shareA: share[a * C + i],
        shareB: share[b * C + i],
      });
      oa += share[a * C + i];
      ob += share[b * C + i];
    }
  }
  overlap.sort(
    (x, y) =>
      Math.min(y.lqA, y.lqB) - Math.min(x.lqA, x.lqB) || x.industry.localeCompare(y.industry),
  );
  const s = union.length ? cosine(h, a, b, union) : NaN;
  return {
    a: m.regions[a],
    b: m.regions[b],
    similarity: Number.isNaN(s) ? null : s,
    similarityAll: cosine(h, a, b, h.all),
    overlap,
    overlapShare: { a: oa, b: ob },
  };
}

function bySimilarity(x: RegionPair, y: RegionPair): number {
  return (
    (y.similarity ?? -1) - (x.similarity ?? -1) ||
    y.similarityAll - x.similarityAll ||
    x.a.localeCompare(y.a) ||
    x.b.localeCompare(y.b)
  );
}

/** The focus region's industries with a value, by share descending. */
function focusStructure(h: HomogeneityBasis, focus: number): StructureIndustry[] {
  const { m, C, lq, share } = h;
  const structure: StructureIndustry[] = [];
  for (let i = 0; i < C; i++)
    if (m.values[focus * C + i] > 0)
      structure.push({
        industry: m.industries[i],
        value: m.values[focus * C + i],
        share: share[focus * C + i],
        lq: lq[focus * C + i],
      });
  return structure.sort((x, y) => y.share - x.share || x.industry.localeCompare(y.industry));
}

/** The focus region's priority industries, by LQ descending. */
function focusPriorities(h: HomogeneityBasis, focus: number): PriorityIndustry[] {
  const { m, C, lq, share } = h;
  const priorities: PriorityIndustry[] = [];
  for (let i = 0; i < C; i++)
    if (prioritises(h, focus, i))
      priorities.push({
        industry: m.industries[i],
        lq: lq[focus * C + i],
        share: share[focus * C + i],
      });
  return priorities.sort((x, y) => y.lq - x.lq || x.industry.localeCompare(y.industry));
}
