import type { ChainTemplate, PanoramaAnswer } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { marksText } from '../../i18n/marks.ts';
import { reportsText } from '../../i18n/reports.ts';
import { syntheticText } from '../../i18n/synthetic.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { ChainMap } from '../chain/ChainMap.tsx';
import { chainMapText } from '../chain/chain-map-text.ts';
import { MarkLegend } from '../chain/MarkLegend.tsx';
import { nodeCount } from '../chain/node-count.ts';
import { ChainNodesChart } from './ChainNodesChart.tsx';
import { colon } from '../../i18n/colon.ts';

/** One chain of a cluster's report, as the cluster is bound to it: its template, the chain map, firms per node. */
export interface ReportChainData {
  template: ChainTemplate;
  panorama: PanoramaAnswer;
}

/**
 * The chain section of a cluster report for one template the cluster is
 * bound to (by its field or an analyst's choice, GET /api/clusters/:id/chains):
 * completeness, the chain map, firms per node and the node table. The first
 * bound chain keeps the test ids the report always had; the others are
 * numbered.
 */
export function ReportChain(props: {
  clusterId: string;
  clusterName: string;
  by: 'analyst' | 'field' | 'none';
  data: ReportChainData;
  index: number;
}) {
  const { lang, name } = useLang();
  const tr = useDictionary(reportsText);
  const tc = useDictionary(chainText);
  const tm = useDictionary(marksText);
  const ts = useDictionary(syntheticText);
  const tt = useDictionary(chainMapText);
  const { template, panorama } = props.data;
  const nodes = panorama.panorama.nodes;
  const suffix = props.index === 0 ? '' : `-${props.index + 1}`;
  return (
    <section className="report-chain" data-testid="report-chain" data-chain={template.id}>
      <h2>
        {tr('chain')}
        {colon(lang)}
        {name(template.nameZh, template.nameEn)}
      </h2>
      <p className="muted" data-testid={`report-chain-binding${suffix}`}>
        {tt('reportBinding', {
          chain: name(template.nameZh, template.nameEn),
          version: template.version,
          how: props.by === 'analyst' ? tt('boundAnalyst') : tt('boundField'),
        })}
      </p>
      <p>
        {tc('completeness')} {formatPercent(lang, panorama.panorama.completeness)} ·{' '}
        {tc('coverage')} {formatPercent(lang, panorama.panorama.coverage)}
      </p>
      {(panorama.syntheticShare ?? 0) > 0 ? (
        <p className="synthetic-note" data-testid={`report-chain-synthetic${suffix}`}>
          {ts('chain', { share: formatPercent(lang, panorama.syntheticShare ?? 0) })}
        </p>
      ) : null}
      <ChainMap
        cluster={props.clusterId}
        clusterName={props.clusterName}
        chain={template.id}
        template={template}
        panorama={panorama}
        testId={`report-chain-map${suffix}`}
      />
      <ChainNodesChart
        clusterId={props.clusterId}
        nodes={nodes}
        testId={`report-chain-chart${suffix}`}
      />
      <table className="table" data-testid={`report-nodes${suffix}`}>
        <thead>
          <tr>
            <th>{tr('node')}</th>
            <th>{tr('status')}</th>
            <th className="num">{tr('firms')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id}>
              <td>
                {name(n.nameZh, n.nameEn)}
                {n.critical ? ' ⚠' : ''}
              </td>
              <td>{tc(`status.${n.status}`)}</td>
              <td className="num">{tm(nodeCount(n).what, { n: nodeCount(n).n })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nodes.some((n) => n.critical) ? <MarkLegend /> : null}
    </section>
  );
}
