/**
 * Louvain community detection (multi-level modularity optimisation).
 *
 * Formula   Q = Σ_c [ in_c / 2m − γ·(tot_c / 2m)² ]
 * Symbols   in_c sum of A_ij over ordered pairs i,j in community c; tot_c
 *           sum of the strengths of its nodes; 2m = Σ_i k_i; γ resolution (1).
 * Method    level by level: move each node (in a seeded random order) to the
 *           neighbouring community with the largest gain
 *           ΔQ ∝ k_i,C − γ·tot_C·k_i / 2m; a moved node's neighbours are
 *           queued again (fast local moving), until no node can gain; then
 *           merge each community into one node (self-loop = internal weight)
 *           and start again, until a level moves nothing.
 * Conventions works on the undirected view (directed arcs u→v and v→u add
 *           up; graph is treated as undirected, igraph refuses directed
 *           input), parallel edges add their weights, self-loops of the input
 *           are dropped (undirectedSimple). A node moves only on a strictly
 *           positive gain (> 1e-12 relative) so the queue empties. The final
 *           communities are numbered 0..k−1 by smallest node id.
 * Edge cases no edges → every node alone, modularity NaN (as igraph).
 * Cost      about O(m) per sweep of the queue, a few per level, O(log n) levels;
 *           typed arrays only (no Maps) in the moving and merging loops.
 * References Blondel, Guillaume, Lambiotte, Lefebvre (2008) J. Stat. Mech.
 *           P10008; Traag, Waltman, van Eck (2019) Sci. Rep. 9: 5233 (queue);
 *           Newman & Girvan (2004) Phys. Rev. E 69: 026113;
 *           igraph_community_multilevel.
 */
import type { CsrGraph } from './csr-graph.ts';
import { undirectedSimple } from './undirected-simple.ts';
import { seededRandom, shuffledRange } from './seeded-random.ts';

export interface LouvainOptions {
  seed?: number;
  resolution?: number;
}

export interface LouvainLevel {
  /** Community of each original node after this level. */
  membership: Int32Array;
  modularity: number;
}

export interface LouvainResult {
  membership: Int32Array;
  count: number;
  modularity: number;
  levels: LouvainLevel[];
}

/** A weighted undirected graph with self-loop weights (ordered-pair sums). */
interface LevelGraph {
  n: number;
  off: Int32Array;
  adj: Int32Array;
  w: Float64Array;
  loop: Float64Array;
}

export function louvain(g: CsrGraph, opts: LouvainOptions = {}): LouvainResult {
  const rand = seededRandom(opts.seed ?? 42);
  const gamma = opts.resolution ?? 1;
  const s = undirectedSimple(g, true);
  let lg: LevelGraph = {
    n: s.n,
    off: s.offsets,
    adj: s.targets,
    w: s.weights as Float64Array,
    loop: new Float64Array(s.n),
  };
  const n0 = s.n;
  // Original node → node of the current level graph.
  const top = new Int32Array(n0);
  for (let i = 0; i < n0; i++) top[i] = i;
  const levels: LouvainLevel[] = [];
  let m2 = 0;
  for (let p = 0; p < lg.w.length; p++) m2 += lg.w[p];
  if (m2 === 0) {
    return { membership: top, count: n0, modularity: NaN, levels: [] };
  }
  for (;;) {
    const { comm, moved } = moveNodes(lg, m2, gamma, rand);
    if (!moved) break;
    const { count, relabel } = renumber(comm);
    for (let i = 0; i < n0; i++) top[i] = relabel[comm[top[i]]];
    lg = aggregate(lg, comm, relabel, count);
    const q = modularityOf(lg, m2, gamma);
    levels.push({ membership: top.slice(), modularity: q });
    if (count === 1) break;
  }
  if (levels.length === 0) {
    const q = modularityOf(lg, m2, gamma);
    levels.push({ membership: top.slice(), modularity: q });
  }
  const { count, relabel } = renumber(top);
  const membership = new Int32Array(n0);
  for (let i = 0; i < n0; i++) membership[i] = relabel[top[i]];
  return { membership, count, modularity: levels[levels.length - 1].modularity, levels };
}

/** Modularity of the partition whose communities are the nodes of `lg`. */
function modularityOf(lg: LevelGraph, m2: number, gamma: number): number {
  let q = 0;
  for (let c = 0; c < lg.n; c++) {
    let tot = lg.loop[c];
    for (let p = lg.off[c]; p < lg.off[c + 1]; p++) tot += lg.w[p];
    q += lg.loop[c] / m2 - gamma * (tot / m2) * (tot / m2);
  }
  return q;
}

/** Local moving phase: returns each node's community and whether any moved. */
function moveNodes(
  lg: LevelGraph,
  m2: number,
  gamma: number,
  rand: () => number,
): { comm: Int32Array; moved: boolean } {
  const { n, off, adj, w, loop } = lg;
  const k = new Float64Array(n);
  const comm = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = loop[i];
    for (let p = off[i]; p < off[i + 1]; p++) s += w[p];
    k[i] = s;
    comm[i] = i;
    tot[i] = s;
  }
  // Fast local moving (Traag, Waltman & van Eck 2019): a queue of nodes to
  // visit, first all in a seeded random order; when a node moves, its
  // neighbours outside its new community are queued again. Ends when no node
  // can improve: the same local optimum as repeated full passes, with less work.
  const queue = shuffledRange(n, rand);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  const nw = new Float64Array(n); // weight from node i to each community
  const seen = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const eps = 1e-12 / m2;
  let movedAny = false;
  let visits = 0;
  const maxVisits = 1000 * n; // safety net against float ping-pong
  while (size > 0 && visits < maxVisits) {
    visits++;
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const ci = comm[i];
    const ki = k[i];
    let nt = 0;
    seen[ci] = i;
    nw[ci] = 0;
    touched[nt++] = ci;
    for (let p = off[i]; p < off[i + 1]; p++) {
      const c = comm[adj[p]];
      if (seen[c] !== i) {
        seen[c] = i;
        nw[c] = 0;
        touched[nt++] = c;
      }
      nw[c] += w[p];
    }
    tot[ci] -= ki;
    const f = (gamma * ki) / m2;
    let best = ci;
    let bestGain = nw[ci] - tot[ci] * f;
    for (let t = 1; t < nt; t++) {
      const c = touched[t];
      const gain = nw[c] - tot[c] * f;
      if (gain > bestGain + eps) {
        bestGain = gain;
        best = c;
      }
    }
    tot[best] += ki;
    // Clear the marks so that a later visit of i starts clean.
    for (let t = 0; t < nt; t++) seen[touched[t]] = -1;
    if (best !== ci) {
      comm[i] = best;
      movedAny = true;
      for (let p = off[i]; p < off[i + 1]; p++) {
        const j = adj[p];
        if (!queued[j] && comm[j] !== best) {
          queued[j] = 1;
          let tail = head + size;
          if (tail >= n) tail -= n;
          queue[tail] = j;
          size++;
        }
      }
    }
  }
  return { comm, moved: movedAny };
}

/** Dense labels 0..count−1 for the values of `comm`, by first appearance. */
function renumber(comm: Int32Array): { count: number; relabel: Int32Array } {
  let max = -1;
  for (let i = 0; i < comm.length; i++) if (comm[i] > max) max = comm[i];
  const relabel = new Int32Array(max + 1).fill(-1);
  let count = 0;
  for (let i = 0; i < comm.length; i++) if (relabel[comm[i]] < 0) relabel[comm[i]] = count++;
  return { count, relabel };
}

/** One node per community; edge weights summed, internal weight as a self-loop. */
function aggregate(
  lg: LevelGraph,
  comm: Int32Array,
  relabel: Int32Array,
  count: number,
): LevelGraph {
  const { n, off, adj, w, loop } = lg;
  // Nodes grouped by new community (counting sort).
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[relabel[comm[i]] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[relabel[comm[i]]]++] = i;
  const newLoop = new Float64Array(count);
  const acc = new Float64Array(count);
  const seen = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  const newOff = new Int32Array(count + 1);
  let cap = Math.max(16, adj.length);
  let newAdj = new Int32Array(cap);
  let newW = new Float64Array(cap);
  let q = 0;
  for (let c = 0; c < count; c++) {
    let nt = 0;
    for (let x = start[c]; x < start[c + 1]; x++) {
      const i = members[x];
      newLoop[c] += loop[i];
      for (let p = off[i]; p < off[i + 1]; p++) {
        const d = relabel[comm[adj[p]]];
        if (d === c) {
          newLoop[c] += w[p];
          continue;
        }
        if (seen[d] !== c) {
          seen[d] = c;
          acc[d] = 0;
          touched[nt++] = d;
        }
        acc[d] += w[p];
      }
    }
    if (q + nt > cap) {
      cap = Math.max(cap * 2, q + nt);
      const a2 = new Int32Array(cap);
      a2.set(newAdj);
      newAdj = a2;
      const w2 = new Float64Array(cap);
      w2.set(newW);
      newW = w2;
    }
    for (let t = 0; t < nt; t++) {
      newAdj[q] = touched[t];
      newW[q++] = acc[touched[t]];
    }
    newOff[c + 1] = q;
  }
  return {
    n: count,
    off: newOff,
    adj: newAdj.slice(0, q),
    w: newW.slice(0, q),
    loop: newLoop,
  };
}
