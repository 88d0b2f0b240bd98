import { useMemo } from 'react';
import { useLang } from '../../lang.tsx';
import { EChart } from '../EChart.tsx';

export interface Specialisation {
  industry: string;
  name: string;
  lq: number;
}

/**
 * A region's strongest specialisations as bars of location quotient, with
 * the line LQ = 1 (the national share) that separates specialised from not.
 */
export function SpecialisationChart(props: { region: string; rows: Specialisation[] }) {
  const { t } = useLang();
  const { rows } = props;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 190, right: 50, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: t('lq') },
      yAxis: {
        type: 'category',
        inverse: true,
        axisLabel: { fontSize: 10, width: 180, overflow: 'truncate' },
        data: rows.map((r) => `${r.industry} ${r.name}`),
      },
      series: [
        {
          type: 'bar',
          itemStyle: { color: '#2f6fb0' },
          label: {
            show: true,
            position: 'right',
            fontSize: 10,
            formatter: (p: { value: number }) => p.value.toFixed(2),
          },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#cf222e', type: 'dashed' },
            label: { formatter: 'LQ = 1' },
            data: [{ xAxis: 1 }],
          },
          data: rows.map((r) => r.lq),
        },
      ],
    }),
    [rows, t],
  );
  return (
    <EChart
      option={option}
      height={Math.max(140, rows.length * 24 + 40)}
      testId="report-lq-chart"
      exportName={`${props.region}-specialisations`}
      table={{
        name: `${props.region}-specialisations`,
        columns: ['industry', 'name', 'lq'],
        rows: rows.map((r) => [r.industry, r.name, r.lq]),
      }}
    />
  );
}
