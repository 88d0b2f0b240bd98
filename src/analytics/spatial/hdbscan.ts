/**
 * HDBSCAN (hierarchical DBSCAN) on the sphere, with great-circle distances.
 *
 * Steps (Campello, Moulavi & Sander 2013; McInnes, Healy & Astels 2017):
 *  1. core distance c(p): distance to the k-th nearest neighbour, p itself
 *     the first (k = minSamples; core-distances.ts, on the k-NN index);
 *  2. mutual reachability m(p, q) = max(c(p), c(q), d(p, q));
 *  3. minimum spanning tree of the complete graph under m (Prim, dense);
 *  4. single-linkage hierarchy from the tree's edges sorted by weight
 *     (stable sort: equal weights keep Prim's order);
 *  5. condensed tree: walking down from the root, at each split λ = 1/m a
 *     side with fewer than minClusterSize points "falls out" (its points leave
 *     the parent at λ); two sides both large enough are two new clusters;
 *  6. stability S(C) = Σ_{p ∈ C} (λ_p − λ_birth(C)); excess-of-mass
 *     selection bottom-up: keep C when S(C) ≥ Σ S(children), else pass the
 *     children's sum up; the root is never selected (allowSingleCluster false);
 *  7. a point's label is its nearest selected ancestor; none: noise (−1).
 *
 * Conventions, chosen to equal scikit-learn's
 * HDBSCAN(metric='haversine', min_cluster_size, min_samples,
 * cluster_selection_method='eom') on [lat, lon] in radians, up to renaming of
 * clusters: distances are angles in radians (λ = 1/angle), the point counts
 * as its own first neighbour, Prim starts at point 0 and takes the first
 * lowest-weight vertex; clusters are numbered in the order of their
 * condensed-tree ids (breadth-first from the root), as scikit-learn does.
 * Where several tree edges have equal weights scikit-learn's unstable sort
 * may order them differently; that can change the tree only at ties.
 * Cost: O(n²) time for the spanning tree (O(n) memory: no distance matrix);
 * O(n log n) for the rest. Meant for the store's firm sets (≤ ~20,000 points);
 * DBSCAN (dbscan.ts) is the method for millions of points.
 * References: Campello, R. J. G. B., Moulavi, D., Sander, J. (2013),
 * "Density-based clustering based on hierarchical density estimates",
 * PAKDD 2013, LNCS 7819, pp. 160–172; McInnes, L., Healy, J., Astels, S.
 * (2017), "hdbscan: Hierarchical density based clustering", JOSS 2(11):205.
 */
import { AtlasError } from '../../core/errors.ts';
import { coreDistances } from './core-distances.ts';
import { SphereIndex } from './sphere-index.ts';

export interface HdbscanOptions {
  minClusterSize: number;
  /** Default: minClusterSize. */
  minSamples?: number;
  index?: SphereIndex;
}

export interface HdbscanResult {
  labels: Int32Array;
  clusterCount: number;
  /** Stability of each selected cluster, by label. */
  stability: number[];
}

export function hdbscan(lon: Float64Array, lat: Float64Array, opts: HdbscanOptions): HdbscanResult {
  const n = lon.length;
  const mcs = opts.minClusterSize;
  const k = opts.minSamples ?? mcs;
  if (!Number.isInteger(mcs) || mcs < 2)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `min cluster size must be an integer ≥ 2, not ${mcs}`,
    );
  if (n === 0) return { labels: new Int32Array(0), clusterCount: 0, stability: [] };
  if (n === 1) return { labels: Int32Array.of(-1), clusterCount: 0, stability: [] };
  const index = opts.index ?? new SphereIndex(lon, lat);
  const core = coreDistances(index, k);
  const tree = singleLinkage(n, primTree(n, index, core));
  const condensed = condensedTree(n, mcs, tree);
  const selection = selectClusters(n, condensed);
  return pointLabels(n, condensed, selection);
}

/** The minimum spanning tree's n − 1 edges, ends and weights, in the order Prim adds them. */
interface SpanningTree {
  eA: Int32Array;
  eB: Int32Array;
  eW: Float64Array;
}

/**
 * 3. Prim on the complete mutual-reachability graph, from point 0, taking
 * the first lowest-weight vertex (no distance matrix: O(n) memory).
 */
function primTree(n: number, index: SphereIndex, core: Float64Array): SpanningTree {
  const { phi, lam, cosPhi } = index;
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(Infinity);
  const src = new Int32Array(n);
  const eA = new Int32Array(n - 1);
  const eB = new Int32Array(n - 1);
  const eW = new Float64Array(n - 1);
  let cur = 0;
  for (let e = 0; e < n - 1; e++) {
    inTree[cur] = 1;
    const cc = core[cur];
    let next = -1;
    let nextW = Infinity;
    for (let j = 0; j < n; j++) {
      if (inTree[j]) continue;
      const s0 = Math.sin(0.5 * (phi[cur] - phi[j]));
      const s1 = Math.sin(0.5 * (lam[cur] - lam[j]));
      let m = 2 * Math.asin(Math.sqrt(s0 * s0 + cosPhi[cur] * cosPhi[j] * s1 * s1));
      if (cc > m) m = cc;
      if (core[j] > m) m = core[j];
      if (m < best[j]) {
        best[j] = m;
        src[j] = cur;
      }
      if (best[j] < nextW || next < 0) {
        nextW = best[j];
        next = j;
      }
    }
    eA[e] = src[next];
    eB[e] = next;
    eW[e] = best[next];
    cur = next;
  }
  return { eA, eB, eW };
}

/** The single-linkage hierarchy: internal node n + t is the t-th merge, of left and right at dist. */
interface Hierarchy {
  left: Int32Array;
  right: Int32Array;
  dist: Float64Array;
  size: Int32Array;
}

/** 4. Single linkage: merge in order of weight (stable: equal weights keep Prim's order). */
function singleLinkage(n: number, { eA, eB, eW }: SpanningTree): Hierarchy {
  const order = Array.from({ length: n - 1 }, (_, e) => e).sort((a, b) => eW[a] - eW[b] || a - b);
  const uf = new Int32Array(2 * n - 1);
  for (let i = 0; i < uf.length; i++) uf[i] = i;
  const find = (x: number): number => {
    while (uf[x] !== x) {
      uf[x] = uf[uf[x]];
      x = uf[x];
    }
    return x;
  };
  const left = new Int32Array(n - 1);
  const right = new Int32Array(n - 1);
  const dist = new Float64Array(n - 1);
  const size = new Int32Array(2 * n - 1).fill(1);
  order.forEach((e, t) => {
    const a = find(eA[e]);
    const b = find(eB[e]);
    const node = n + t;
    left[t] = a;
    right[t] = b;
    dist[t] = eW[e];
    size[node] = size[a] + size[b];
    uf[a] = node;
    uf[b] = node;
  });
  return { left, right, dist, size };
}

/** The condensed tree's rows (parent, child, λ, size) and the clusters' count (ids n …). */
interface Condensed {
  cParent: number[];
  cChild: number[];
  cLambda: number[];
  cSize: number[];
  clusters: number;
}

/** 5. Condensed tree, breadth-first from the root as scikit-learn walks it. */
function condensedTree(n: number, mcs: number, { left, right, dist, size }: Hierarchy): Condensed {
  const root = 2 * n - 2;
  const leavesBfs = (start: number): number[] => {
    const outL: number[] = [];
    let level = [start];
    while (level.length) {
      const nextLevel: number[] = [];
      for (const x of level) {
        if (x < n) outL.push(x);
        else nextLevel.push(left[x - n], right[x - n]);
      }
      level = nextLevel;
    }
    return outL;
  };
  const relabel = new Int32Array(2 * n - 1);
  relabel[root] = n;
  let nextLabel = n + 1;
  const cParent: number[] = [];
  const cChild: number[] = [];
  const cLambda: number[] = [];
  const cSize: number[] = [];
  const push = (p: number, c: number, l: number, s: number) => {
    cParent.push(p);
    cChild.push(c);
    cLambda.push(l);
    cSize.push(s);
  };
  // Internal nodes in BFS order, skipping subtrees that fell out.
  let level = [root];
  while (level.length) {
    const nextLevel: number[] = [];
    for (const node of level) {
      const t = node - n;
      const l = left[t];
      const r = right[t];
      const lambda = dist[t] > 0 ? 1 / dist[t] : Infinity;
      const ls = size[l];
      const rs = size[r];
      const p = relabel[node];
      if (ls >= mcs && rs >= mcs) {
        relabel[l] = nextLabel++;
        push(p, relabel[l], lambda, ls);
        relabel[r] = nextLabel++;
        push(p, relabel[r], lambda, rs);
        if (l >= n) nextLevel.push(l);
        if (r >= n) nextLevel.push(r);
      } else if (ls < mcs && rs < mcs) {
        for (const x of leavesBfs(l)) push(p, x, lambda, 1);
        for (const x of leavesBfs(r)) push(p, x, lambda, 1);
      } else if (ls < mcs) {
        relabel[r] = p;
        for (const x of leavesBfs(l)) push(p, x, lambda, 1);
        if (r >= n) nextLevel.push(r);
        else push(p, r, lambda, 1);
      } else {
        relabel[l] = p;
        for (const x of leavesBfs(r)) push(p, x, lambda, 1);
        if (l >= n) nextLevel.push(l);
        else push(p, l, lambda, 1);
      }
    }
    level = nextLevel;
  }
  return { cParent, cChild, cLambda, cSize, clusters: nextLabel - n };
}

/** The clusters kept, each cluster's stability (its children's sum where they won) and parent. */
interface Selection {
  selected: Uint8Array;
  stability: Float64Array;
  parentOf: Int32Array;
}

/** 6. Stability and excess-of-mass selection; the root is never selected. */
function selectClusters(
  n: number,
  { cParent, cChild, cLambda, cSize, clusters }: Condensed,
): Selection {
  const birth = new Float64Array(clusters);
  for (let i = 0; i < cChild.length; i++) if (cSize[i] > 1) birth[cChild[i] - n] = cLambda[i];
  birth[0] = 0;
  const stability = new Float64Array(clusters);
  for (let i = 0; i < cChild.length; i++)
    stability[cParent[i] - n] += (cLambda[i] - birth[cParent[i] - n]) * cSize[i];
  const children: number[][] = Array.from({ length: clusters }, () => []);
  const parentOf = new Int32Array(clusters).fill(-1);
  for (let i = 0; i < cChild.length; i++)
    if (cSize[i] > 1) {
      children[cParent[i] - n].push(cChild[i] - n);
      parentOf[cChild[i] - n] = cParent[i] - n;
    }
  const selected = new Uint8Array(clusters);
  for (let c = clusters - 1; c >= 1; c--) selected[c] = 1;
  for (let c = clusters - 1; c >= 1; c--) {
    let sub = 0;
    for (const ch of children[c]) sub += stability[ch];
    if (sub > stability[c]) {
      selected[c] = 0;
      stability[c] = sub;
    } else {
      const stack = [...children[c]];
      while (stack.length) {
        const x = stack.pop() as number;
        selected[x] = 0;
        stack.push(...children[x]);
      }
    }
  }
  return { selected, stability, parentOf };
}

/** 7. Labels: nearest selected ancestor of each point; none: noise (−1). */
function pointLabels(
  n: number,
  { cParent, cChild, clusters }: Condensed,
  { selected, stability, parentOf }: Selection,
): HdbscanResult {
  const labelOf = new Int32Array(clusters).fill(-1);
  const stab: number[] = [];
  let count = 0;
  for (let c = 1; c < clusters; c++)
    if (selected[c]) {
      labelOf[c] = count++;
      stab.push(stability[c]);
    }
  const pointParent = new Int32Array(n);
  for (let i = 0; i < cChild.length; i++)
    if (cChild[i] < n) pointParent[cChild[i]] = cParent[i] - n;
  const labels = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let c = pointParent[i];
    while (c > 0 && !selected[c]) c = parentOf[c];
    labels[i] = c > 0 ? labelOf[c] : -1;
  }
  return { labels, clusterCount: count, stability: stab };
}
