import { MultiUndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { networkApi, type ExplorerAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatNumber } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useLoad } from '../../useLoad.ts';
import { ChartDataTable } from '../chart/ChartDataTable.tsx';
import { ChartExport } from '../chart/ChartExport.tsx';
import type { ChartTable } from '../chart/chart-table.ts';

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
const TYPES = ['supply', 'collaboration', 'service', 'ownership', 'investment'] as const;
const ITERATIONS = 60;
const LABELLED = 30;

type Fa2 = {
  assign: (g: MultiUndirectedGraph, p: { iterations: number; settings: object }) => void;
  inferSettings: (g: MultiUndirectedGraph) => object;
};
// The package is CommonJS: its functions sit on `default` once bundled as ESM.
const forceAtlas2 = ((fa2Module as unknown as { default?: Fa2 }).default ??
  fa2Module) as unknown as Fa2;

/** A graphology graph from the explorer answer: communities start on a circle, FA2 spreads them. */
function toGraph(x: ExplorerAnswer): MultiUndirectedGraph {
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

/**
 * Every organisation with a tie, drawn with WebGL (sigma.js) so that
 * thousands of nodes stay fluid: coloured by the Louvain community our engine
 * finds, sized by PageRank, laid out by ForceAtlas2; click opens a node.
 * Its nodes, by PageRank, are also a table (CSV, Excel, and on the page with
 * links: the keyboard's way to what a click opens).
 */
export function NetworkExplorer() {
  const { t, lang } = useLang();
  const tt = useDictionary(networkText);
  const [types, setTypes] = useState<string[]>(['supply', 'collaboration']);
  const { data, error } = useLoad(`explorer|${types.join(',')}`, () => networkApi.explorer(types));
  const box = useRef<HTMLDivElement | null>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  // The layout's time is for developers (a data attribute), not a figure for readers.
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  useEffect(() => {
    if (!data || !box.current) return;
    const g = toGraph(data);
    const started = performance.now();
    forceAtlas2.assign(g, {
      iterations: ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000 },
    });
    setLayoutMs(performance.now() - started);
    // The most central organisations always carry their names; room at the edges so neither nodes
    // nor names are cut off by the canvas.
    const sigma = new Sigma(g, box.current, {
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.5,
      labelFont: 'system-ui, "Noto Sans CJK SC", sans-serif',
      stagePadding: 48,
      zIndex: true,
    });
    sigmaRef.current = sigma;
    sigma.on('clickNode', ({ node }) => {
      window.location.hash = organizationHref(String(g.getNodeAttribute(node, 'id'))).slice(1);
    });
    return () => {
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [data]);
  const [tableShown, setTableShown] = useState(false);
  const table = useMemo(() => (data ? nodeTable(data) : null), [data]);
  const toggle = (type: string) =>
    setTypes((cur) => (cur.includes(type) ? cur.filter((x) => x !== type) : [...cur, type].sort()));
  return (
    <section className="card wide" data-testid="network-explorer">
      <h3>{tt('explorerTitle')}</h3>
      <p className="muted">{tt('explorerHint')}</p>
      <div className="explorer-types">
        {TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              disabled={types.length === 1 && types.includes(type)}
              onChange={() => toggle(type)}
            />{' '}
            {tt(`linkType.${type}` as 'linkType.supply')}
          </label>
        ))}
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p className="muted">{t('loading')}</p> : null}
      {data ? (
        <p
          data-testid="explorer-stats"
          data-nodes={data.nodes.length}
          data-layout-ms={layoutMs === null ? undefined : Math.round(layoutMs)}
        >
          {tt('explorerStats', {
            n: formatNumber(lang, data.nodes.length),
            m: formatNumber(lang, data.edges.length),
            c: data.communities,
            q: data.modularity.toFixed(3),
          })}
        </p>
      ) : null}
      {table ? (
        <ChartExport
          png={() => (sigmaRef.current ? sigmaPng(sigmaRef.current) : undefined)}
          pngName="atlas-network"
          table={table}
          tableShown={tableShown}
          onToggleTable={() => setTableShown((x) => !x)}
        />
      ) : null}
      <div className="chart">
        <div className="explorer-canvas" ref={box} data-testid="explorer-canvas" />
      </div>
      {tableShown && table ? <ChartDataTable table={table} testId="explorer-table" /> : null}
    </section>
  );
}

/** The explorer's organisations, most central first, each linked to its page. */
function nodeTable(x: ExplorerAnswer): ChartTable {
  const nodes = [...x.nodes].sort((a, b) => b.pagerank - a.pagerank);
  return {
    name: 'atlas-network-nodes',
    columns: ['id', 'name', 'kind', 'member', 'synthetic', 'degree', 'pagerank', 'community'],
    rows: nodes.map((n) => [
      n.id,
      n.name,
      n.kind,
      n.member ? 1 : 0,
      n.synthetic ? 1 : 0,
      n.degree,
      n.pagerank,
      n.community,
    ]),
    links: nodes.map((n) => organizationHref(n.id)),
    note: `${x.types.join(', ')} · modularity ${x.modularity}`,
  };
}

/**
 * The drawing as one PNG on white: sigma's layers (WebGL edges and nodes, 2D
 * labels) drawn in order onto one canvas right after a synchronous render —
 * WebGL canvases keep no buffer (preserveDrawingBuffer false), so they are
 * readable only before the browser composites the frame.
 */
function sigmaPng(sigma: Sigma): string {
  sigma.refresh();
  const layers = Object.values(sigma.getCanvases());
  const w = Math.max(...layers.map((c) => c.width));
  const h = Math.max(...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  for (const c of layers) ctx.drawImage(c, 0, 0, w, h);
  return out.toDataURL('image/png');
}
