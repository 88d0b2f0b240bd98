/**
 * PageRank (optionally personalised): Gauss-Seidel sweeps pulling over
 * in-neighbours on directed graphs, conjugate gradients on the symmetric
 * system of undirected ones (pagerank-undirected.ts).
 *
 * Formula   x_v = (1−d)·p_v + d·( Σ_{u→v} x_u·w_uv / s_u + D·p_v ),
 *           D = Σ_{u: s_u = 0} x_u (mass of dangling nodes).
 * Symbols   d damping (0.85), s_u out-strength of u (out-degree when
 *           unweighted), w_uv the weight of u→v (1 when unweighted), p the
 *           personalisation (reset) vector, uniform 1/n by default.
 * Conventions the fixed point is PRPACK's (igraph `page_rank` and
 *           `personalized_pagerank`, algo PRPACK) and networkx's `pagerank`
 *           (dangling=None): a dangling node jumps as the surfer resets, to
 *           node v with probability p_v; the scores sum to 1; an undirected
 *           edge is an arc each way. `personalization` is normalised to sum
 *           1 (igraph's `reset`, networkx's `personalization`).
 *           Stops when the L1 change of a sweep is below `tolerance`
 *           (1e-13), or after `maxIterations` sweeps (then `converged:
 *           false`).
 * Method    Gauss-Seidel on the linear system (I − d·Mᵀ)x = (1−d)·p, M the
 *           row-stochastic transition matrix with dangling rows = pᵀ: each
 *           node is updated in place from the newest values of its
 *           in-neighbours, the dangling mass D kept current as dangling
 *           nodes change (a regular splitting of a nonsingular M-matrix:
 *           it converges for any d < 1). Gauss-Seidel does not conserve
 *           Σx, so each sweep ends by rescaling to Σx = 1 with a compensated
 *           sum (otherwise the mass error, decaying only as d, holds the
 *           shape back). 25-31 sweeps to 1e-13 on 200k-node / 2M-arc
 *           directed graphs where the power method needs 40-56.
 *           Undirected graphs (default `solver`): the same fixed point from
 *           the symmetric positive definite system (S − d·A)z = p, by
 *           conjugate gradients (pagerank-undirected.ts): 1M / 10M
 *           scale-free, 36 iterations to 1e-13 where these sweeps take 64,
 *           each about as dear. `solver: 'gauss-seidel'` keeps the sweeps.
 * Precision  the L1 change of a sweep must be able to fall below 1e-13
 *           whatever n and the degrees: every sum that spans many nodes is
 *           compensated (Σx, D, and the in-sum of any row longer than 32
 *           arcs, Knuth's TwoSum), so a sweep at the fixed point changes x
 *           by a few ε in L1, not by √k·ε·x_v at each hub. Shorter rows
 *           are summed in four running sums, hub rows in two TwoSum lanes:
 *           one chain of dependent adds made each gather wait on the last
 *           (a sweep of 20M arcs 1.5-2× dearer, measured 2026-12-07).
 * Why it once never converged: the old power iteration rescaled every
 *           iterate by 1/Σx with Σx summed naively over n nodes. That sum is
 *           off by up to n·ε (2·10⁻¹¹ at n = 200k), so each rescaling moved
 *           every score by ~n·ε relative and the L1 change never fell below
 *           the 1e-13 tolerance (a directed cycle of 50k nodes ran 10,000
 *           iterations; tests/network/pagerank-directed.test.ts).
 * Edge cases n = 0 → empty; a graph of only dangling nodes → p.
 *           Weights must be ≥ 0 (services/network checks); a node whose
 *           out-weights are all 0 counts as dangling. A personalisation
 *           must have n entries, finite, ≥ 0, with a positive sum
 *           (RangeError otherwise).
 * Layout    from REORDER_MIN_NODES (500k) nodes on, or with `reorder`,
 *           the sweeps run over a renumbered copy of the in-rows, hubs
 *           first and each row's sources ascending
 *           (in-rows-by-out-degree.ts): the gathers of a scale-free graph
 *           then hit the cache. Gauss-Seidel's order changes, so the
 *           iterates and the sweep count change (1M / 10M scale-free: 64
 *           sweeps, not 54, each 1.5-1.8× cheaper); the fixed point does not,
 *           and the answer agrees with the unrenumbered one to the
 *           tolerance (tests/network/pagerank-reorder.test.ts). Conjugate
 *           gradients gain less from it: 1M / 10M, 5.5-6.0 s CPU with it
 *           against 5.6-6.8 s without (three alternations, loaded machine;
 *           the four running sums already overlap the gathers' misses).
 *           Float64 throughout: Float32 scores could not reach the
 *           tolerance.
 * Tolerance igraph passes PRPACK a tolerance of 1e-10. PRPACK's default
 *           for n ≥ 128 (prpack_solver.cpp, "sccgs"; read in PRPACK's
 *           source, not checked against the copy in Debian's igraph 0.10.2)
 *           runs Gauss-Seidel per strongly connected component on the
 *           unnormalised system (I − d·P)x = p and stops when the L1
 *           residual of a sweep / (1 − d) is below 1e-10 × the component's
 *           share of nodes. Ours stops on the L1 change of an iteration, by
 *           default 1e-13: 1M / 10M scale-free, our scores and igraph's
 *           differ by 8.5e-13 in L1 at 1e-13, 2.3e-11 at 1e-10
 *           (bench/pagerank-large.bench.ts runs both).
 * Cost      O(m) per sweep, plus O(n) for the rescaling; at most about
 *           log(tol)/log(d) ≈ 185 sweeps, far fewer on most graphs; memory
 *           3 Float64Array(n) (with the out-strengths) + the dangling list.
 * References Brin & Page (1998) Computer Networks 30: 107-117; Gleich (2015)
 *           SIAM Review 57(3): 321-363; Arasu, Novak, Tomkins & Tomlin
 *           (2002) "PageRank computation and the structure of the web"
 *           (Gauss-Seidel); igraph_personalized_pagerank (PRPACK).
 */
import type { CsrGraph } from './csr-graph.ts';
import { strength } from './degree.ts';
import { inRowsByOutDegree } from './in-rows-by-out-degree.ts';
import { pagerankUndirected } from './pagerank-undirected.ts';

/** Rows longer than this are summed with compensation (see the sweep). */
const SHORT_ROW = 32;

export interface PageRankOptions {
  damping?: number;
  tolerance?: number;
  maxIterations?: number;
  /** Reset distribution p (n entries ≥ 0, normalised here); default uniform. */
  personalization?: ArrayLike<number> | null;
  /** Sweep in out-degree order (header, Layout); default: when n ≥ REORDER_MIN_NODES. */
  reorder?: boolean;
  /** Default: conjugate gradients when undirected, Gauss-Seidel when directed (header, Method). */
  solver?: 'conjugate-gradient' | 'gauss-seidel';
}

export interface PageRankResult {
  scores: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Neumaier's compensated sum: the error does not grow with n. */
function compensatedSum(x: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

function resetVector(n: number, p: ArrayLike<number> | null | undefined): Float64Array | null {
  if (p === null || p === undefined) return null;
  if (p.length !== n) throw new RangeError(`personalization has ${p.length} entries, not ${n}`);
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const x = p[v];
    if (!(Number.isFinite(x) && x >= 0))
      throw new RangeError(`personalization[${v}] must be finite and ≥ 0`);
    out[v] = x;
  }
  const s = compensatedSum(out);
  if (!(s > 0)) throw new RangeError('personalization must have a positive sum');
  for (let v = 0; v < n; v++) out[v] /= s;
  return out;
}

/**
 * Graphs with at least this many nodes are swept in out-degree order
 * (in-rows-by-out-degree.ts): below it the scores fit in the cache and the
 * renumbering (about 3 sweeps' worth) would not pay.
 */
export const REORDER_MIN_NODES = 500_000;

export function pagerank(g: CsrGraph, opts: PageRankOptions = {}): PageRankResult {
  const d = opts.damping ?? 0.85;
  const tol = opts.tolerance ?? 1e-13;
  const maxIt = opts.maxIterations ?? 10000;
  if (!(d >= 0 && d < 1)) throw new RangeError('damping must be in [0, 1)');
  const solver = opts.solver ?? (g.directed ? 'gauss-seidel' : 'conjugate-gradient');
  if (solver === 'conjugate-gradient' && g.directed)
    throw new RangeError('conjugate gradients need an undirected graph');
  const n = g.n;
  const p = resetVector(n, opts.personalization);
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, converged: true };
  const outS = strength(g, 'out');
  // Swept in out-degree order (header, Layout), or in the graph's own ids.
  const r = (opts.reorder ?? n >= REORDER_MIN_NODES) ? inRowsByOutDegree(g) : null;
  const own = (a: Float64Array | null): Float64Array | null => {
    if (r === null || a === null) return a;
    const b = new Float64Array(n);
    for (let k = 0; k < n; k++) b[k] = a[r.order[k]];
    return b;
  };
  const rows = r ?? g;
  const S = own(outS) as Float64Array;
  const pp = own(p);
  let res: PageRankResult;
  if (solver === 'conjugate-gradient') {
    const { inOffsets: offsets, inSources: sources, inWeights: weights } = rows;
    res = pagerankUndirected({ n, offsets, sources, weights, strength: S, p: pp }, d, tol, maxIt);
  } else {
    const inv = new Float64Array(n);
    for (let u = 0; u < n; u++) if (S[u] > 0) inv[u] = 1 / S[u];
    const { inOffsets, inSources, inWeights } = rows;
    res = sweeps({ n, inOffsets, inSources, inWeights, inv, p: pp }, d, tol, maxIt);
  }
  if (r === null) return res;
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) scores[r.order[k]] = res.scores[k];
  return { ...res, scores };
}

/** The arrays a sweep reads: in-rows, 1/out-strength (0 when dangling), the reset vector. */
interface SweepInput {
  n: number;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array | null;
  inv: Float64Array;
  p: Float64Array | null;
}

/** Gauss-Seidel sweeps until the L1 change of one is below tol (the header's method). */
function sweeps(g: SweepInput, d: number, tol: number, maxIt: number): PageRankResult {
  const { n, inv, p } = g;
  let nDangling = 0;
  for (let u = 0; u < n; u++) if (inv[u] === 0) nDangling++;
  const dangling = new Int32Array(nDangling);
  for (let u = 0, k = 0; u < n; u++) if (inv[u] === 0) dangling[k++] = u;
  // x: scores; c[u] = x_u / s_u, what u passes along each unit of out-weight.
  const x = new Float64Array(n);
  const c = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const x0 = p ? p[u] : 1 / n;
    x[u] = x0;
    c[u] = x0 * inv[u];
  }
  let it = 0;
  let converged = false;
  while (it < maxIt) {
    it++;
    const diff = sweep(g, x, c, danglingMass(x, dangling), d);
    // Gauss-Seidel does not keep Σx = 1 as the power method does; the mass
    // error would decay only as d per sweep and hold the shape back, so it
    // is removed each sweep, with a sum accurate to a few ε.
    const s = 1 / compensatedSum(x);
    for (let v = 0; v < n; v++) {
      x[v] *= s;
      c[v] *= s;
    }
    if (diff < tol) {
      converged = true;
      break;
    }
  }
  return { scores: x, iterations: it, converged };
}

/** D, the dangling mass, with a compensated sum (TwoSum). */
function danglingMass(x: Float64Array, dangling: Int32Array): number {
  let D = 0;
  let dErr = 0;
  for (let k = 0; k < dangling.length; k++) {
    const term = x[dangling[k]];
    const t = D + term;
    const bp = t - D;
    dErr += D - (t - bp) + (term - bp);
    D = t;
  }
  return D + dErr;
}

/** One sweep over the nodes in id order, x and c updated in place; returns its L1 change. */
function sweep(g: SweepInput, x: Float64Array, c: Float64Array, D: number, d: number): number {
  const { n, inOffsets, inv, p } = g;
  const oneMinusD = 1 - d;
  const inv0 = 1 / n;
  let diff = 0;
  // Uniform reset: the reset-and-dangling term is the same for every node
  // until a dangling node changes, so it is kept in `base`.
  let base = (oneMinusD + d * D) * inv0;
  for (let v = 0; v < n; v++) {
    const acc =
      inOffsets[v + 1] - inOffsets[v] <= SHORT_ROW ? shortInSum(g, c, v) : longInSum(g, c, v);
    const val = (p ? (oneMinusD + d * D) * p[v] : base) + d * acc;
    const old = x[v];
    const iv = inv[v];
    x[v] = val;
    if (iv === 0) {
      D += val - old;
      base = (oneMinusD + d * D) * inv0;
    } else c[v] = val * iv;
    diff += val > old ? val - old : old - val;
  }
  return diff;
}

/**
 * Σ_{u→v} c_u·w_uv over a short row, in four running sums: independent adds
 * let the gathers' cache misses overlap (one chain of adds waits on each).
 */
function shortInSum(g: SweepInput, c: Float64Array, v: number): number {
  const { inOffsets, inSources: src, inWeights: w } = g;
  const end = inOffsets[v + 1];
  let q = inOffsets[v];
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  if (w === null) {
    for (; q + 3 < end; q += 4) {
      a0 += c[src[q]];
      a1 += c[src[q + 1]];
      a2 += c[src[q + 2]];
      a3 += c[src[q + 3]];
    }
    for (; q < end; q++) a0 += c[src[q]];
  } else {
    for (; q + 3 < end; q += 4) {
      a0 += c[src[q]] * w[q];
      a1 += c[src[q + 1]] * w[q + 1];
      a2 += c[src[q + 2]] * w[q + 2];
      a3 += c[src[q + 3]] * w[q + 3];
    }
    for (; q < end; q++) a0 += c[src[q]] * w[q];
  }
  return a0 + a1 + (a2 + a3);
}

/**
 * The same over a hub's row, in two running sums each with Knuth's TwoSum:
 * the rounding error of a long sum stays ~ε·acc instead of ~√k·ε·acc, which
 * would otherwise change from sweep to sweep by more than the tolerance.
 */
function longInSum(g: SweepInput, c: Float64Array, v: number): number {
  const { inOffsets, inSources: src, inWeights: w } = g;
  const end = inOffsets[v + 1];
  let a0 = 0;
  let e0 = 0;
  let a1 = 0;
  let e1 = 0;
  for (let q = inOffsets[v]; q < end; q += 2) {
    const x0 = w === null ? c[src[q]] : c[src[q]] * w[q];
    const t0 = a0 + x0;
    const b0 = t0 - a0;
    e0 += a0 - (t0 - b0) + (x0 - b0);
    a0 = t0;
    if (q + 1 === end) break;
    const x1 = w === null ? c[src[q + 1]] : c[src[q + 1]] * w[q + 1];
    const t1 = a1 + x1;
    const b1 = t1 - a1;
    e1 += a1 - (t1 - b1) + (x1 - b1);
    a1 = t1;
  }
  const t = a0 + a1;
  const b = t - a0;
  return t + (a0 - (t - b) + (a1 - b) + e0 + e1);
}
