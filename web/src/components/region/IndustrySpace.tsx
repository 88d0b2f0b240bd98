import { useMemo } from 'react';
import type { MatrixParams } from '../../api/index.ts';
import { complexityApi, complexityCsvHref } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { EChart } from '../EChart.tsx';
import { COLOURS, industrySpaceOption, type Tone } from './industry-space-option.ts';

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
    return industrySpaceOption(data, inm, tt);
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
