/**
 * Slow, obvious versions of the graph algorithms, for tests only: dense
 * n×n matrices, textbook formulas, no cleverness. Each takes the same edge
 * list as buildCsr and returns values by node id. O(n³) at worst: keep n small.
 */

export interface NaiveGraph {
  n: number;
  directed: boolean;
  sources: readonly number[];
  targets: readonly number[];
  weights?: readonly number[] | null;
}

/** A[i][j] = sum of weights of arcs i→j (both ways when undirected); C counts arcs. */
function dense(g: NaiveGraph): { A: number[][]; C: number[][] } {
  const A = Array.from({ length: g.n }, () => new Array<number>(g.n).fill(0));
  const C = Array.from({ length: g.n }, () => new Array<number>(g.n).fill(0));
  g.sources.forEach((s, e) => {
    const t = g.targets[e];
    const w = g.weights ? g.weights[e] : 1;
    A[s][t] += w;
    C[s][t] += 1;
    if (!g.directed) {
      A[t][s] += w;
      C[t][s] += 1;
    }
  });
  return { A, C };
}

export function naiveDegree(g: NaiveGraph): number[] {
  const d = new Array<number>(g.n).fill(0);
  g.sources.forEach((s, e) => {
    d[s]++;
    d[g.targets[e]]++;
  });
  return d;
}

/**
 * PageRank by the definition: 3,000 power steps on the dense Google matrix.
 * A dangling node (no out-weight) jumps as the surfer resets: to v with
 * probability p_v (uniform unless `personalization` is given, normalised).
 */
export function naivePagerank(
  g: NaiveGraph,
  damping = 0.85,
  personalization: readonly number[] | null = null,
): number[] {
  const { A } = dense(g);
  const n = g.n;
  const total = personalization ? personalization.reduce((a, b) => a + b, 0) : n;
  const p = Array.from({ length: n }, (_, v) => (personalization ? personalization[v] : 1) / total);
  const out = A.map((row) => row.reduce((a, b) => a + b, 0));
  let x = [...p];
  for (let it = 0; it < 3000; it++) {
    const y = new Array<number>(n).fill(0);
    for (let u = 0; u < n; u++)
      for (let v = 0; v < n; v++) y[v] += out[u] > 0 ? (x[u] * A[u][v]) / out[u] : x[u] * p[v];
    x = y.map((yv, v) => (1 - damping) * p[v] + damping * yv);
  }
  return x;
}

/** Reachability closure (Warshall); reach[i][i] is true. */
function reach(g: NaiveGraph, ignoreDirection: boolean): boolean[][] {
  const { C } = dense(g);
  const R = C.map((row, i) =>
    row.map((c, j) => c > 0 || i === j || (ignoreDirection && C[j][i] > 0)),
  );
  for (let k = 0; k < g.n; k++)
    for (let i = 0; i < g.n; i++)
      if (R[i][k]) for (let j = 0; j < g.n; j++) if (R[k][j]) R[i][j] = true;
  return R;
}

/** Component labels: the smallest node id of each node's component. */
export function naiveComponents(g: NaiveGraph, strong: boolean): number[] {
  const R = reach(g, !strong);
  return Array.from({ length: g.n }, (_, i) => {
    for (let j = 0; j < g.n; j++) if (R[i][j] && R[j][i]) return j;
    return i;
  });
}

/** Coreness by definition: the largest k whose k-core (repeated deletion) holds the node. */
export function naiveCoreness(g: NaiveGraph): number[] {
  const { C } = dense(g);
  const n = g.n;
  const core = new Array<number>(n).fill(0);
  for (let k = 1; ; k++) {
    const alive = new Array<boolean>(n).fill(true);
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (!alive[v]) continue;
        let d = 0;
        for (let u = 0; u < n; u++)
          if (alive[u] && u !== v) d += C[v][u] + (g.directed ? C[u][v] : 0);
        if (d < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    if (!alive.some(Boolean)) return core;
    for (let v = 0; v < n; v++) if (alive[v]) core[v] = k;
  }
}

/** Modularity by its double sum over the symmetric (undirected view) matrix, loops dropped. */
export function naiveModularity(g: NaiveGraph, membership: ArrayLike<number>): number {
  const { A } = dense(g);
  const n = g.n;
  const S = A.map((row, i) => row.map((a, j) => (i === j ? 0 : g.directed ? a + A[j][i] : a)));
  const k = S.map((row) => row.reduce((a, b) => a + b, 0));
  const m2 = k.reduce((a, b) => a + b, 0);
  let q = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (membership[i] === membership[j]) q += S[i][j] - (k[i] * k[j]) / m2;
  return q / m2;
}

function simpleNeighbours(g: NaiveGraph): boolean[][] {
  const { C } = dense(g);
  return C.map((row, i) => row.map((c, j) => i !== j && (c > 0 || C[j][i] > 0)));
}

export function naiveClustering(g: NaiveGraph): number[] {
  const N = simpleNeighbours(g);
  return N.map((row) => {
    const nb = row.flatMap((x, j) => (x ? [j] : []));
    if (nb.length < 2) return NaN;
    let links = 0;
    for (const a of nb) for (const b of nb) if (a < b && N[a][b]) links++;
    return links / ((nb.length * (nb.length - 1)) / 2);
  });
}

/** All-pairs distances (Floyd-Warshall) with arc lengths = weights (1 unweighted). */
function distances(g: NaiveGraph): number[][] {
  const n = g.n;
  const D = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)),
  );
  g.sources.forEach((s, e) => {
    const t = g.targets[e];
    if (s === t) return;
    const w = g.weights ? g.weights[e] : 1;
    if (w < D[s][t]) D[s][t] = w;
    if (!g.directed && w < D[t][s]) D[t][s] = w;
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (D[i][k] + D[k][j] < D[i][j]) D[i][j] = D[i][k] + D[k][j];
  return D;
}

/** σ_st over pairs: for each s, nodes by distance, σ_st = Σ σ_sv over arcs v→t on a shortest path. */
export function naiveBetweenness(g: NaiveGraph): number[] {
  const n = g.n;
  const D = distances(g);
  const arcs: [number, number, number][] = [];
  g.sources.forEach((s, e) => {
    const t = g.targets[e];
    const w = g.weights ? g.weights[e] : 1;
    if (s === t) return;
    arcs.push([s, t, w]);
    if (!g.directed) arcs.push([t, s, w]);
  });
  const eq = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  const sigma = D.map((row, s) => {
    const sg = new Array<number>(n).fill(0);
    sg[s] = 1;
    const order = [...Array(n).keys()]
      .filter((v) => row[v] < Infinity)
      .sort((a, b) => row[a] - row[b]);
    for (const t of order)
      if (t !== s)
        for (const [v, u, w] of arcs) if (u === t && eq(row[v] + w, row[t])) sg[t] += sg[v];
    return sg;
  });
  const b = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++)
      for (let v = 0; v < n; v++)
        if (s !== t && v !== s && v !== t && D[s][t] < Infinity && eq(D[s][v] + D[v][t], D[s][t]))
          b[v] += (sigma[s][v] * sigma[v][t]) / sigma[s][t];
  return g.directed ? b : b.map((x) => x / 2);
}

export function naiveHarmonic(g: NaiveGraph): number[] {
  const D = distances(g);
  return D.map((row, v) => row.reduce((h, d, u) => (u !== v && d < Infinity ? h + 1 / d : h), 0));
}

export function naiveConstraint(g: NaiveGraph): number[] {
  const { A } = dense(g);
  const n = g.n;
  // Weight of the tie {i,j}: a_ij + a_ji (directed) or a_ij (undirected), loops dropped.
  const S = A.map((row, i) => row.map((a, j) => (i === j ? 0 : g.directed ? a + A[j][i] : a)));
  const P = S.map((row) => {
    const t = row.reduce((a, b) => a + b, 0);
    return row.map((x) => (t > 0 ? x / t : 0));
  });
  return P.map((_, i) => {
    const contacts = [...Array(n).keys()].filter((j) => S[i][j] > 0);
    if (contacts.length === 0) return NaN;
    let c = 0;
    for (const j of contacts) {
      let x = P[i][j];
      for (let q = 0; q < n; q++) if (q !== i && q !== j) x += P[i][q] * P[q][j];
      c += x * x;
    }
    return c;
  });
}

export function naiveDensity(g: NaiveGraph): number {
  const N = g.directed
    ? dense(g).C.map((r, i) => r.map((c, j) => i !== j && c > 0))
    : simpleNeighbours(g);
  let arcs = 0;
  for (const row of N) for (const x of row) if (x) arcs++;
  return arcs / (g.n * (g.n - 1));
}
