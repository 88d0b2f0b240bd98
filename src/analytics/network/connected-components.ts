/**
 * Weakly connected components (connected components of an undirected graph).
 *
 * Method    union-find over the arcs with path halving and union by index
 *           (the smaller root wins), then labels numbered 0..k−1 in order of
 *           each component's smallest node id. No recursion, no queue.
 * Conventions arc direction is ignored; an isolated node is its own component.
 * Edge cases n = 0 → count 0.
 * Cost      O(m·α(n)) time, one Int32Array(n) of parents.
 * References Tarjan (1975) J. ACM 22(2): 215-225; igraph_connected_components
 *           (mode WEAK) gives the same partition.
 */
import type { CsrGraph } from './csr-graph.ts';

export interface Components {
  /** Component of each node, 0..count−1, numbered by smallest member. */
  membership: Int32Array;
  /** Size of each component. */
  sizes: Int32Array;
  count: number;
}

export function connectedComponents(g: CsrGraph): Components {
  const { n, offsets, targets } = g;
  const parent = new Int32Array(n);
  for (let u = 0; u < n; u++) parent[u] = u;
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1];
    for (let p = offsets[u]; p < end; p++) {
      let a = u;
      let b = targets[p];
      // find with path halving
      while (parent[a] !== a) {
        parent[a] = parent[parent[a]];
        a = parent[a];
      }
      while (parent[b] !== b) {
        parent[b] = parent[parent[b]];
        b = parent[b];
      }
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }
  return labelRoots(parent);
}

/** Turns a parent forest (roots are their own parent) into numbered components. */
function labelRoots(parent: Int32Array): Components {
  const n = parent.length;
  const membership = new Int32Array(n).fill(-1);
  const label = new Int32Array(n).fill(-1);
  let count = 0;
  for (let u = 0; u < n; u++) {
    let r = u;
    while (parent[r] !== r) r = parent[r];
    parent[u] = r;
    if (label[r] < 0) label[r] = count++;
    membership[u] = label[r];
  }
  const sizes = new Int32Array(count);
  for (let u = 0; u < n; u++) sizes[membership[u]]++;
  return { membership, sizes, count };
}
