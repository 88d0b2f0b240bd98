import { useMemo } from 'react';
import { clusterSizeApi, type ClusterSize } from '../../api/cluster-size.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { sizeText } from '../../i18n/size.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { EChart } from '../EChart.tsx';
import { GrowthLines } from './size/GrowthLines.tsx';
import { SizeTable } from './size/SizeTable.tsx';
import { MEASURES } from './size/size-measures.ts';

/**
 * A cluster's size and growth: members' employees (bars) and revenue (line)
 * by year, the growth of the totals and of the same organisations, and the
 * sums the disclosure rule withholds, said as withheld rather than hidden.
 */
export function SizeGrowth(props: { clusterId: string }) {
  const { t } = useLang();
  const { data, error } = useLoad(`size|${props.clusterId}`, () =>
    clusterSizeApi.size(props.clusterId),
  );
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  return <SizeGrowthView clusterId={props.clusterId} data={data} />;
}

/** The answer drawn: chart, growth lines, table, the disclosure note (reports load it themselves). */
export function SizeGrowthView({ clusterId, data }: { clusterId: string; data: ClusterSize }) {
  const { lang } = useLang();
  const ts = useDictionary(sizeText);
  const option = useMemo(() => chartOption(data, ts), [data, ts]);
  if (data.years.length === 0) return <p className="muted">{ts('noData')}</p>;
  return (
    <section className="size-growth" data-testid="size-growth">
      <h3>{ts('title')}</h3>
      <p className="muted" data-testid="size-partial">
        {ts('partial')}
      </p>
      {data.years.length > 0 ? (
        <EChart
          option={option}
          height={220}
          testId="size-chart"
          exportName={`${clusterId}-size`}
          table={{
            name: `${clusterId}-size`,
            columns: ['year', ...MEASURES.flatMap((m) => [m, `${m}_organizations`])],
            rows: data.years.map((y) => [
              y.year,
              ...MEASURES.flatMap((m) => [y[m].sum, y[m].organizations]),
            ]),
            note: ts('basis'),
          }}
        />
      ) : null}
      <GrowthLines data={data} />
      <SizeTable data={data} />
      {data.disclosure.applied ? (
        <p className="muted" data-testid="disclosure-note">
          {ts('withheldNote', {
            n: data.disclosure.minContributors,
            d: formatPercent(lang, data.disclosure.dominance),
          })}
        </p>
      ) : null}
    </section>
  );
}

/** Employees as bars (left axis), revenue as a line (right axis); withheld years are gaps. */
function chartOption(
  d: ClusterSize,
  ts: (k: 'employees' | 'revenue') => string,
): Record<string, unknown> {
  return {
    animation: false,
    grid: { left: 60, right: 80, top: 34, bottom: 24 },
    legend: { top: 0, left: 0, data: [ts('employees'), ts('revenue')] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: d.years.map((y) => String(y.year)) },
    // The legend names both axes: axis titles would sit under the export buttons.
    yAxis: [{ type: 'value' }, { type: 'value', splitLine: { show: false } }],
    series: [
      {
        name: ts('employees'),
        type: 'bar',
        itemStyle: { color: '#2f6fb0' },
        data: d.years.map((y) => y.employees.sum),
      },
      {
        name: ts('revenue'),
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: '#c2410c' },
        data: d.years.map((y) => y.revenue.sum),
      },
    ],
  };
}
