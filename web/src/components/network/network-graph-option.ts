import type { NetworkAnswer } from '../../api/network.ts';
import { escapeHtml } from '../../escape-html.ts';

/** A colour per kind of organisation, shared by the graph and its legend. */
export const KIND_COLOURS: Record<string, string> = {
  enterprise: '#0969da',
  university: '#8250df',
  institute: '#bf3989',
  platform: '#1a7f37',
  finance: '#9a6700',
};

/** The ECharts option of the cluster's network: a force layout, node size by degree, partners faded. */
export function networkGraphOption(data: NetworkAnswer) {
  return {
    animation: false,
    tooltip: {
      formatter: (p: { data?: { name?: string; kind?: string } }) => escapeHtml(p.data?.name ?? ''),
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        force: { repulsion: 40, edgeLength: 40, gravity: 0.15, layoutAnimation: false },
        data: data.nodes.map((n) => ({
          id: n.id,
          name: n.name,
          kind: n.kind,
          symbolSize: 5 + Math.sqrt(n.degree) * 3,
          itemStyle: {
            color: KIND_COLOURS[n.kind] ?? '#57606a',
            opacity: n.member ? 1 : 0.45,
          },
        })),
        links: data.edges.map((e) => ({ source: e.source, target: e.target })),
        lineStyle: { color: '#8c959f', opacity: 0.4, width: 0.7 },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
