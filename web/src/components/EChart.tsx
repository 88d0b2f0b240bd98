import { ReactEChartsCore } from './react-echarts-core.ts';
import { echarts } from '../echarts.ts';

/** One ECharts chart with our module set, sized by its box. */
export function EChart(props: {
  option: Record<string, unknown>;
  height: number;
  testId?: string;
  onClick?: (p: { dataIndex?: number; value?: unknown; data?: unknown }) => void;
}) {
  return (
    <div className="chart" style={{ height: props.height }} data-testid={props.testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={props.option}
        notMerge
        style={{ height: '100%', width: '100%' }}
        onEvents={props.onClick ? { click: props.onClick } : {}}
      />
    </div>
  );
}
