import * as echartsReact from 'echarts-for-react/esm/core.js';

// The package ships ESM without "type": "module": TypeScript (NodeNext) types its default
// export one `.default` deeper than the bundler resolves it. Accept both.
type EChartsCore = typeof echartsReact.default.default;
const coreModule = echartsReact.default as unknown as EChartsCore | { default: EChartsCore };

/** echarts-for-react's core component (takes our module set as its `echarts` prop). */
export const ReactEChartsCore: EChartsCore =
  'default' in coreModule ? coreModule.default : coreModule;
