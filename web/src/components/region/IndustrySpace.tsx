import { useMemo } from 'react';
import type { MatrixParams } from '../../api.ts';
import {
  complexityApi,
  complexityCsvHref,
  type IndustrySpace as Space,
} from '../../api/complexity.ts';
import { escapeHtml } from '../../escape-html.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../useLoad.ts';
import { EChart } from '../EChart.tsx';

const COLOURS = { specialised: '#cf222e', near: '#fb8f44', other: '#afb8c1' } as const;

type Tone = keyof typeof COLOURS;

/** Specialised (M = 1), within reach (density above the mean over the industries), or other. */
function toneOf(n: Space['nodes'][number], meanDensity: number): Tone {
  if (n.mcp === 1) return 'specialised';
  return (n.density ?? 0) > meanDensity ? 'near' : 'other';
}

/** The industry space with a region's specialisations lit up, and its ECI rank. */
export function IndustrySpace(props: { region: string; params: MatrixParams }) {
  const { t } = useLang();
  const inm = useIndustryName();
  const tt = useDictionary(complexityText);
  const key = `${props.region}|${JSON.stringify(props.params)}`;
  const space = useLoad(`space|${key}`, () => complexityApi.space(props.region, props.params));
  const regions = useLoad(`eci|${JSON.stringify(props.params)}`, () =>
    complexityApi.regions(props.params),
  );
  const rank = regions.data ? regions.data.rows.findIndex((r) => r.region === props.region) : -1;
  const data = space.data;
  const option = useMemo(() => {
    if (!data) return null;
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
              symbolSize: 7 + Math.sqrt(n.ubiquity) * 2,
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
  }, [data, inm, tt]);
  return (
    <section className="card wide" data-testid="industry-space">
      <h3>{tt('spaceTitle')}</h3>
      <p className="muted">{tt('spaceHint', { strong: data?.strong ?? 0.55 })}</p>
      {rank >= 0 && regions.data ? (
        <p data-testid="eci-rank">{tt('eciRank', { k: rank + 1, n: regions.data.rows.length })}</p>
      ) : null}
      {space.error ? <p className="muted">{space.error}</p> : null}
      {!data && !space.error ? <p className="muted">{t('loading')}</p> : null}
      {option ? (
        <>
          <EChart
            option={option}
            height={420}
            testId="industry-space-chart"
            exportName={`industry-space-${props.region}`}
            table={{
              name: `industry-space-${props.region}`,
              columns: ['industry', 'name', 'pci', 'ubiquity', 'rca', 'mcp', 'density'],
              rows: (data?.nodes ?? []).map((n) => [
                n.industry,
                n.nameZh ? inm.name(n.industry, n.nameZh, n.nameEn) : '',
                n.pci,
                n.ubiquity,
                n.rca ?? null,
                n.mcp ?? null,
                n.density ?? null,
              ]),
            }}
          />
          <p className="space-legend">
            {(Object.keys(COLOURS) as Tone[]).map((k) => (
              <span key={k}>
                <span className="dot" style={{ background: COLOURS[k] }} /> {tt(k)}{' '}
              </span>
            ))}
          </p>
          {data && data.components > 1 ? (
            <p className="muted">{tt('forest', { n: data.components })}</p>
          ) : null}
          <p>
            <a href={complexityCsvHref('space', props.params, props.region)} download>
              {tt('csvSpace')}
            </a>{' '}
            ·{' '}
            <a href={complexityCsvHref('regions', props.params)} download>
              {tt('csvRegions')}
            </a>{' '}
            ·{' '}
            <a href={complexityCsvHref('industries', props.params)} download>
              {tt('csvIndustries')}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
