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

/** Synthetic firms placed on a node (its tiers' lists are the firms counted). */
function syntheticOn(n: PanoramaNode): number {
  return Object.values(n.firms)
    .flat()
    .filter((f) => f.synthetic).length;
}

/**
 * Firms placed on each node of a cluster's chain, a bar per node coloured by
 * its status (strong, present, weak, missing): the panorama on paper.
 * Missing nodes show as an empty row, which is the point. Synthetic firms,
 * if any, are stacked apart in the synthetic colour, so a printed report
 * cannot pass them off as real.
 */
export function ChainNodesChart(props: {
  clusterId: string;
  nodes: PanoramaNode[];
  testId?: string;
}) {
  const { name, t } = useLang();
  const tc = useDictionary(chainText);
  const { nodes } = props;
  const synthetic = useMemo(() => nodes.map(syntheticOn), [nodes]);
  const anySynthetic = synthetic.some((s) => s > 0);
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 150, right: 40, top: anySynthetic ? 28 : 8, bottom: 24 },
      ...(anySynthetic ? { legend: { top: 0, data: [t('synthetic')] } } : {}),
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
          stack: 'firms',
          label: { show: !anySynthetic, position: 'right', fontSize: 10 },
          data: nodes.map((n, i) => ({
            value: n.counts.firms - synthetic[i],
            name: tc(`status.${n.status}`),
            itemStyle: { color: STATUS_COLOURS[n.status] },
          })),
        },
        ...(anySynthetic
          ? [
              {
                type: 'bar',
                name: t('synthetic'),
                stack: 'firms',
                itemStyle: { color: '#c8a8e8' },
                data: synthetic,
              },
            ]
          : []),
      ],
    }),
    [nodes, name, tc, t, synthetic, anySynthetic],
  );
  return (
    <EChart
      option={option}
      height={Math.max(160, nodes.length * 18 + 40)}
      testId={props.testId ?? 'report-chain-chart'}
      exportName={`${props.clusterId}-chain`}
      table={{
        name: `${props.clusterId}-chain`,
        columns: ['node', 'name', 'status', 'firms', 'synthetic', 'critical'],
        rows: nodes.map((n, i) => [
          n.id,
          name(n.nameZh, n.nameEn),
          n.status,
          n.counts.firms,
          synthetic[i],
          n.critical ? 1 : 0,
        ]),
        links: nodes.map(() => clusterHref(props.clusterId, 'panorama')),
      }}
    />
  );
}
