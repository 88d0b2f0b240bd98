import { useMemo, useState } from 'react';
import Sigma from 'sigma';
import { networkApi, type ExplorerAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import { useLoad } from '../../use-load.ts';
import { ChartDataTable } from '../chart/ChartDataTable.tsx';
import { ChartExport } from '../chart/ChartExport.tsx';
import type { ChartTable } from '../chart/chart-table.ts';
import { useSigmaExplorer } from './use-sigma-explorer.ts';

const TYPES = ['supply', 'collaboration', 'service', 'ownership', 'investment'] as const;

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
  const { box, sigmaRef, layoutMs } = useSigmaExplorer(data);
  const [tableShown, setTableShown] = useState(false);
  const table = useMemo(() => (data ? nodeTable(data) : null), [data]);
  const toggle = (type: string) =>
    setTypes((cur) => (cur.includes(type) ? cur.filter((x) => x !== type) : [...cur, type].sort()));
  return (
    <section className="card wide" data-testid="network-explorer">
      <h3>{tt('explorerTitle')}</h3>
      <p className="muted">
        {tt('explorerHint')}
        {data?.nodes.some((n) => n.synthetic) ? ` ${tt('syntheticLinks')}` : ''}
      </p>
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
