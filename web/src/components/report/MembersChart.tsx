import { useMemo } from 'react';
import type { Count } from '../../types.ts';
import { useLang } from '../../lang.tsx';
import { EChart } from '../EChart.tsx';

/**
 * A cluster's members by kind (enterprise, university, institute…), real
 * and synthetic stacked apart so a printed report cannot pass invented
 * members off as real ones.
 */
export function MembersChart(props: { clusterId: string; byKind: Count[] }) {
  const { t, code } = useLang();
  const kinds = props.byKind;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 90, right: 24, top: 28, bottom: 24 },
      legend: { top: 0, data: [t('membersReal'), t('synthetic')] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: kinds.map((k) => code('kind', k.key)) },
      series: [
        {
          name: t('membersReal'),
          type: 'bar',
          stack: 'members',
          itemStyle: { color: '#2f6fb0' },
          data: kinds.map((k) => k.count - k.synthetic),
        },
        {
          name: t('synthetic'),
          type: 'bar',
          stack: 'members',
          itemStyle: { color: '#c8d1dc' },
          data: kinds.map((k) => k.synthetic),
        },
      ],
    }),
    [kinds, t, code],
  );
  return (
    <EChart
      option={option}
      height={Math.max(120, kinds.length * 28 + 60)}
      testId="report-members-chart"
      exportName={`${props.clusterId}-members`}
      table={{
        name: `${props.clusterId}-members`,
        columns: ['kind', 'name', 'members', 'synthetic'],
        rows: kinds.map((k) => [k.key, code('kind', k.key), k.count, k.synthetic]),
      }}
    />
  );
}
