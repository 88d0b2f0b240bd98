import { useRef, useState } from 'react';
import { ReactEChartsCore } from './react-echarts-core.ts';
import { echarts } from '../echarts.ts';
import type { ChartTable } from './chart/chart-table.ts';
import { ChartExport } from './chart/ChartExport.tsx';
import { ChartDataTable } from './chart/ChartDataTable.tsx';
import { pngOf, type ChartRef } from './chart/png-of.ts';

/**
 * One ECharts chart with our module set, sized by its box, with a button
 * that saves it as a PNG and, given its table, buttons for the data as a
 * table on the page, CSV and (signed in) Excel.
 */
export function EChart(props: {
  option: Record<string, unknown>;
  height: number;
  testId?: string;
  /** File name of the PNG, without extension. */
  exportName?: string;
  onClick?: (p: { dataIndex?: number; value?: unknown; data?: unknown }) => void;
  /** Called with the ECharts instance once ready and each time it has finished drawing again. */
  onFinished?: (chart: unknown) => void;
  /** The chart's data: offered as a table, CSV and Excel beside the PNG. */
  table?: ChartTable;
}) {
  const ref = useRef<ChartRef | null>(null);
  const [tableShown, setTableShown] = useState(false);
  return (
    // The figure (its buttons and the chart) carries the test id: its buttons are no longer inside the chart.
    <div className="chart-figure" data-testid={props.testId}>
      {/* The buttons above the chart, not over it: over it they hid labels and heat-map cells. */}
      <ChartExport
        png={() => pngOf(ref)}
        pngName={props.exportName ?? props.testId ?? 'chart'}
        table={props.table}
        tableShown={tableShown}
        onToggleTable={() => setTableShown((s) => !s)}
      />
      <div className="chart" style={{ height: props.height }}>
        <ReactEChartsCore
          ref={(r: unknown) => {
            ref.current = r as ChartRef | null;
          }}
          echarts={echarts}
          option={props.option}
          notMerge
          style={{ height: '100%', width: '100%' }}
          // the first drawing happens before the events are bound: reported when ready
          onChartReady={props.onFinished}
          onEvents={{
            ...(props.onClick ? { click: props.onClick } : {}),
            ...(props.onFinished
              ? { finished: (_: unknown, chart: unknown) => props.onFinished!(chart) }
              : {}),
          }}
        />
      </div>
      {tableShown && props.table ? (
        <ChartDataTable
          table={props.table}
          testId={props.testId ? `${props.testId}-table` : undefined}
        />
      ) : null}
    </div>
  );
}
