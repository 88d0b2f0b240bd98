/**
 * PageRank at 1,000,000 nodes / 10,000,000 edges, undirected and scale-free
 * (Chung-Lu, degree exponent 2.1, node ids shuffled so that hubs are spread
 * over the id range as in real inputs; seeded), against python-igraph's
 * PRPACK on the same edges in the same run (skipped with a notice when
 * absent). Ours (conjugate gradients on the symmetric system, the default
 * on undirected graphs) at its default tolerance (L1 change of an iteration
 * < 1e-13) and at 1e-10, PRPACK's own figure on its residual test; the
 * largest and the L1 difference from igraph's scores are printed.
 * Baseline in the same run: our Gauss-Seidel sweeps (in the same
 * out-degree order), the undirected method before conjugate gradients.
 * Debian's igraph is linked with libgomp and PRPACK's sweep loop is an
 * OpenMP loop: the CPU times are printed beside the wall times.
 * Slow (minutes): `npm run bench -- pagerank-large`.
 * Two runs of each side (min), not five; igraph is timed once more after
 * each of our cases, so the sides alternate on a loaded machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCsr } from '../src/analytics/network/build-csr.ts';
import type { CsrGraph } from '../src/analytics/network/csr-graph.ts';
import { pagerank, type PageRankResult } from '../src/analytics/network/pagerank.ts';
import { seededRandom as rng } from '../src/analytics/network/seeded-random.ts';
import { missingNote, peer, peerDir, pythonModules, runPeerScript } from './peers.ts';
import type { BenchFile } from './run.ts';

const N = 1_000_000;
const M = 10_000_000;
/** Printed when igraph's time is the lower one (bench/run.ts). */
const WHY_SLOWER =
  'PRPACK sweeps on OpenMP threads where ours runs on one thread: compare the CPU times';

/** Chung-Lu undirected edges (loops redrawn, parallel edges kept as igraph keeps them). */
function edges(): { s: Int32Array; t: Int32Array } {
  const rand = rng(7);
  const cum = new Float64Array(N);
  let total = 0;
  for (let v = 0; v < N; v++) cum[v] = total += Math.pow(v + 1, -1 / 1.1);
  const id = new Int32Array(N);
  for (let i = 0; i < N; i++) id[i] = i;
  for (let i = N - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [id[i], id[j]] = [id[j], id[i]];
  }
  const draw = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = N - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return id[lo];
  };
  const s = new Int32Array(M);
  const t = new Int32Array(M);
  for (let e = 0; e < M; e++) {
    const u = draw();
    let v = draw();
    while (v === u) v = draw();
    s[e] = u;
    t[e] = v;
  }
  return { s, t };
}

const PEER_SCRIPT = `
import numpy as np, igraph as ig
e = np.fromfile(sys.argv[1], dtype=np.int32).reshape(-1, 2)
g = ig.Graph(n=int(sys.argv[2]), edges=e.tolist(), directed=False)
times['pagerank'] = best(lambda: g.pagerank(implementation='prpack'), 2)
np.array(g.pagerank(implementation='prpack')).tofile(sys.argv[3])
`;

let g: CsrGraph;
/** The same timing once more (one run after a warm-up). */
const PEER_AGAIN = `
import numpy as np, igraph as ig
e = np.fromfile(sys.argv[1], dtype=np.int32).reshape(-1, 2)
g = ig.Graph(n=int(sys.argv[2]), edges=e.tolist(), directed=False)
times['pagerank'] = best(lambda: g.pagerank(implementation='prpack'), 1)
`;

let peerTimes: Record<string, number> | string | undefined;
let edgeFile = '';

/** igraph timed again after each of our cases (alternating sides on a loaded machine): min kept. */
function againAfterOurs(): void {
  if (missing || peerTimes === undefined || typeof peerTimes === 'string') return;
  const again = runPeerScript(PEER_AGAIN, [edgeFile, String(N)]);
  if (typeof again === 'string') return;
  for (const [k, v] of Object.entries(again)) peerTimes[k] = Math.min(peerTimes[k] ?? v, v);
}
let missing: string | null = null;
let label = 'igraph';
let igraphScores: Float64Array | null = null;

const versus = (scores: Float64Array) => {
  if (!igraphScores) return 'no igraph scores to compare';
  let worst = 0;
  let l1 = 0;
  for (let v = 0; v < N; v++) {
    const e = Math.abs(scores[v] - igraphScores[v]);
    worst = Math.max(worst, e);
    l1 += e;
  }
  return `largest |ours − igraph PRPACK| ${worst.toExponential(1)}, L1 ${l1.toExponential(1)}`;
};

const bench: BenchFile = {
  title: `PageRank, undirected scale-free, ${N.toLocaleString('en')} nodes / ${M.toLocaleString('en')} edges vs igraph PRPACK`,
  setup() {
    const { s, t } = edges();
    g = buildCsr({ n: N, sources: s, targets: t, directed: false });
    const mods = pythonModules(['numpy', 'igraph']);
    missing = missingNote(mods, ['numpy', 'igraph']);
    label = `igraph ${mods.igraph ?? ''} PRPACK`;
    if (missing) {
      console.log(missing);
      return;
    }
    const dir = peerDir();
    const pairs = new Int32Array(2 * M);
    for (let e = 0; e < M; e++) {
      pairs[2 * e] = s[e];
      pairs[2 * e + 1] = t[e];
    }
    edgeFile = join(dir, 'edges.i32');
    writeFileSync(edgeFile, pairs);
    const out = join(dir, 'scores.f64');
    peerTimes = runPeerScript(PEER_SCRIPT, [join(dir, 'edges.i32'), String(N), out]);
    if (typeof peerTimes !== 'string') {
      const b = readFileSync(out);
      igraphScores = new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    }
  },
  benchmarks: [1e-13, 1e-10].map((tolerance) => {
    let last: PageRankResult | null = null;
    return {
      name: `pagerank undirected 1M/10M, tol ${tolerance}`,
      runs: 2,
      fast: () => (last = pagerank(g, { tolerance })),
      // Gauss-Seidel sweeps in the same order: what conjugate gradients buy.
      baseline: () => pagerank(g, { tolerance, solver: 'gauss-seidel' }),
      report: () =>
        last
          ? `${last.iterations} iterations, converged ${last.converged}; ${versus(last.scores)}`
          : '',
      peers: () => {
        againAfterOurs();
        return [peer(label, peerTimes, 'pagerank', missing, WHY_SLOWER)];
      },
    };
  }),
};
export default bench;
