/**
 * Builds a CsrGraph from an edge list of dense ids (counting sort by tail,
 * then by head for the in-arrays): two passes over the edges, no Maps.
 *
 * Edge cases: n = 0 gives an empty graph; an id outside 0..n-1 throws a
 * RangeError (a programming error: the label mapping makes ids). Weights must
 * be finite; sign is the caller's concern (the edge-file readers in
 * services/network reject or warn).
 * Cost: O(n + m) time and memory.
 */
import type { CsrGraph } from './csr-graph.ts';

export interface EdgeArrays {
  n: number;
  sources: Int32Array | readonly number[];
  targets: Int32Array | readonly number[];
  /** One weight per edge, or null for an unweighted graph. */
  weights?: Float64Array | readonly number[] | null;
  directed: boolean;
  labels?: readonly string[];
}

function rows(
  n: number,
  tails: Int32Array,
  heads: Int32Array,
  w: Float64Array | null,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array | null } {
  const m = tails.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[tails[e] + 1]++;
  for (let u = 0; u < n; u++) offsets[u + 1] += offsets[u];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = w ? new Float64Array(m) : null;
  for (let e = 0; e < m; e++) {
    const p = fill[tails[e]]++;
    targets[p] = heads[e];
    if (weights) weights[p] = (w as Float64Array)[e];
  }
  return { offsets, targets, weights };
}

export function buildCsr(input: EdgeArrays): CsrGraph {
  const { n, directed } = input;
  const m = input.sources.length;
  if (input.targets.length !== m) throw new RangeError('sources and targets differ in length');
  const w0 = input.weights ?? null;
  if (w0 && w0.length !== m) throw new RangeError('weights and edges differ in length');
  for (let e = 0; e < m; e++) {
    const s = input.sources[e];
    const t = input.targets[e];
    if (!(s >= 0 && s < n && t >= 0 && t < n) || (s | 0) !== s || (t | 0) !== t)
      throw new RangeError(`edge ${e}: node id out of range 0..${n - 1}`);
  }
  const arcs = directed ? m : 2 * m;
  const tails = new Int32Array(arcs);
  const heads = new Int32Array(arcs);
  const w = w0 ? new Float64Array(arcs) : null;
  for (let e = 0; e < m; e++) {
    tails[e] = input.sources[e];
    heads[e] = input.targets[e];
    if (w) w[e] = (w0 as ArrayLike<number>)[e];
    if (!directed) {
      tails[m + e] = input.targets[e];
      heads[m + e] = input.sources[e];
      if (w) w[m + e] = (w0 as ArrayLike<number>)[e];
    }
  }
  const out = rows(n, tails, heads, w);
  const inn = directed ? rows(n, heads, tails, w) : out;
  const labels = input.labels ?? Array.from({ length: n }, (_, i) => String(i));
  if (labels.length !== n) throw new RangeError('labels and n differ');
  return {
    n,
    directed,
    edgeCount: m,
    offsets: out.offsets,
    targets: out.targets,
    weights: out.weights,
    inOffsets: inn.offsets,
    inSources: inn.targets,
    inWeights: inn.weights,
    labels,
  };
}
