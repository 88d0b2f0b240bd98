import type { IndustrySpace as Space } from '../../api/complexity.ts';
import { escapeHtml } from '../../escape-html.ts';
import type { useIndustryName } from '../../industry-name.ts';

/** The tone of a node: the region's specialisations, those within reach, the rest. */
export const COLOURS = { specialised: '#cf222e', near: '#fb8f44', other: '#afb8c1' } as const;

export type Tone = keyof typeof COLOURS;

/** Specialised (M = 1), within reach (density above the mean over the industries), or other. */
function toneOf(n: Space['nodes'][number], meanDensity: number): Tone {
  if (n.mcp === 1) return 'specialised';
  return (n.density ?? 0) > meanDensity ? 'near' : 'other';
}

/**
 * The ECharts option of the industry space: a force layout of industries
 * (size by ubiquity, colour by tone, the region's specialisations named),
 * backbone links drawn heavier.
 */
export function industrySpaceOption(
  data: Space,
  inm: ReturnType<typeof useIndustryName>,
  tt: (key: 'tooltip', vars: Record<string, string | number>) => string,
) {
  const dens = data.nodes.map((n) => n.density ?? 0);
  const mean = dens.reduce((a, b) => a + b, 0) / (dens.length || 1);
  const label = (code: string, zh: string | null, en: string | null) =>
    `${code} ${zh ? inm.name(code, zh, en) : ''}`;
  return {
    animation: false,
    tooltip: {
      formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '',
    },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        // Drawn a little smaller than the box and pulled in: at gravity 0.1 the outer nodes fell off its edges.
        zoom: 0.8,
        force: { repulsion: 110, edgeLength: [25, 80], gravity: 0.22, layoutAnimation: false },
        // The region's specialisations carry their names; the others on hover. Overlapping names give way.
        label: {
          position: 'right',
          fontSize: 10,
          color: '#1d2733',
          formatter: (p: { data?: { short?: string } }) => p.data?.short ?? '',
        },
        labelLayout: { hideOverlap: true },
        data: data.nodes.map((n) => {
          const tone = toneOf(n, mean);
          return {
            id: n.industry,
            name: label(n.industry, n.nameZh, n.nameEn),
            tone,
            symbolSize: 7 + Math.sqrt(n.ubiquity ?? 0) * 2,
            short: n.nameZh ? inm.name(n.industry, n.nameZh, n.nameEn) : n.industry,
            label: { show: tone === 'specialised' },
            itemStyle: { color: COLOURS[tone] },
            tip: `${escapeHtml(label(n.industry, n.nameZh, n.nameEn))}<br/>${tt('tooltip', {
              // PCI is missing for an industry no region is strong in.
              pci: typeof n.pci === 'number' ? n.pci.toFixed(2) : '—',
              rca: (n.rca ?? 0).toFixed(2),
              density: (n.density ?? 0).toFixed(2),
            })}`,
          };
        }),
        links: data.edges.map((e) => ({
          source: e.source,
          target: e.target,
          lineStyle: { width: e.backbone ? 1.2 : 0.6, opacity: e.backbone ? 0.7 : 0.3 },
        })),
        lineStyle: { color: '#8c959f' },
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
}
