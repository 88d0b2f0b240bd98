import { useMemo } from 'react';
import type { NodeStatus, PanoramaNode } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { clusterHref } from '../../route.ts';
import { EChart } from '../EChart.tsx';

/** The panorama's status colours (styles.css .status-*), shared by chip and bar. */
const STATUS_COLOURS: Record<NodeStatus, string> = {
  strong: '#1a7f37',
  present: '#54aeff',
  weak: '#d4a72c',
  missing: '#cf222e',
};

/**
 * Firms placed on each node of a cluster's chain, a bar per node coloured by
 * its status (strong, present, weak, missing): the panorama on paper.
 * Missing nodes show as an empty row, which is the point.
 */
export function ChainNodesChart(props: { clusterId: string; nodes: PanoramaNode[] }) {
  const { name } = useLang();
  const tc = useDictionary(chainText);
  const { nodes } = props;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 150, right: 40, top: 8, bottom: 24 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        axisLabel: { fontSize: 10, width: 140, overflow: 'truncate' },
        data: nodes.map((n) => name(n.nameZh, n.nameEn)),
      },
      series: [
        {
          type: 'bar',
          label: { show: true, position: 'right', fontSize: 10 },
          data: nodes.map((n) => ({
            value: n.counts.firms,
            name: tc(`status.${n.status}`),
            itemStyle: { color: STATUS_COLOURS[n.status] },
          })),
        },
      ],
    }),
    [nodes, name, tc],
  );
  return (
    <EChart
      option={option}
      height={Math.max(160, nodes.length * 18 + 40)}
      testId="report-chain-chart"
      exportName={`${props.clusterId}-chain`}
      table={{
        name: `${props.clusterId}-chain`,
        columns: ['node', 'name', 'status', 'firms', 'critical'],
        rows: nodes.map((n) => [
          n.id,
          name(n.nameZh, n.nameEn),
          n.status,
          n.counts.firms,
          n.critical ? 1 : 0,
        ]),
        links: nodes.map(() => clusterHref(props.clusterId, 'panorama')),
      }}
    />
  );
}
