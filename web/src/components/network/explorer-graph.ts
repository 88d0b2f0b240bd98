import { MultiUndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ExplorerAnswer } from '../../api/network.ts';

const PALETTE = [
  '#0969da',
  '#cf222e',
  '#1a7f37',
  '#8250df',
  '#bc4c00',
  '#bf3989',
  '#0a7b83',
  '#9a6700',
  '#57606a',
  '#6639ba',
  '#116329',
  '#a40e26',
];
/** ForceAtlas2 iterations of the explorer's layout. */
export const ITERATIONS = 60;
const LABELLED = 30;

type Fa2 = {
  assign: (g: MultiUndirectedGraph, p: { iterations: number; settings: object }) => void;
  inferSettings: (g: MultiUndirectedGraph) => object;
};
// The package is CommonJS: its functions sit on `default` once bundled as ESM.
export const forceAtlas2 = ((fa2Module as unknown as { default?: Fa2 }).default ??
  fa2Module) as unknown as Fa2;

/** A graphology graph from the explorer answer: communities start on a circle, FA2 spreads them. */
export function toGraph(x: ExplorerAnswer): MultiUndirectedGraph {
  const g = new MultiUndirectedGraph();
  const maxPr = Math.max(...x.nodes.map((n) => n.pagerank), 1e-12);
  // The LABELLED most central nodes by PageRank: named whatever the zoom.
  const top = x.nodes.map((n, i) => [n.pagerank, i] as const).sort((a, b) => b[0] - a[0]);
  const rank = new Map(top.slice(0, LABELLED).map(([, i], k) => [i, k]));
  x.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * n.community) / Math.max(1, x.communities);
    // Deterministic jitter: the same answer always lays out the same way.
    const j = ((i * 2654435761) % 1000) / 1000;
    g.addNode(String(i), {
      x: Math.cos(angle) * 100 + Math.cos(j * 6.283) * 20,
      y: Math.sin(angle) * 100 + Math.sin(j * 6.283) * 20,
      size: 1.5 + 10 * Math.sqrt(n.pagerank / maxPr),
      label: n.name,
      forceLabel: rank.get(i) !== undefined,
      color: PALETTE[n.community % PALETTE.length],
      id: n.id,
    });
  });
  for (const [a, b] of x.edges) g.addEdge(String(a), String(b), { color: '#d0d7de', size: 0.5 });
  return g;
}
