import * as echartsReact from 'echarts-for-react/esm/core.js';
import { echarts } from '../echarts.ts';

// The package ships ESM without "type": "module": TypeScript (NodeNext) types its default
// export one `.default` deeper than the bundler resolves it. Accept both (as ChinaMap.tsx).
type EChartsCore = typeof echartsReact.default.default;
const coreModule = echartsReact.default as unknown as EChartsCore | { default: EChartsCore };
const ReactEChartsCore: EChartsCore = 'default' in coreModule ? coreModule.default : coreModule;

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
