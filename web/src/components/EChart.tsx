import { useRef } from 'react';
import { ReactEChartsCore } from './react-echarts-core.ts';
import { echarts } from '../echarts.ts';
import { useLang } from '../lang.tsx';

type ChartRef = { getEchartsInstance: () => { getDataURL: (o: object) => string } };

/**
 * One ECharts chart with our module set, sized by its box, with a button
 * that saves it as a PNG (twice the screen's resolution, white background).
 */
export function EChart(props: {
  option: Record<string, unknown>;
  height: number;
  testId?: string;
  /** File name of the PNG, without extension. */
  exportName?: string;
  onClick?: (p: { dataIndex?: number; value?: unknown; data?: unknown }) => void;
}) {
  const { t } = useLang();
  const ref = useRef<ChartRef | null>(null);
  const savePng = () => {
    const url = ref.current?.getEchartsInstance().getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: '#fff',
    });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.exportName ?? props.testId ?? 'chart'}.png`;
    a.click();
  };
  return (
    <div className="chart" style={{ height: props.height }} data-testid={props.testId}>
      <button type="button" className="chart-export" onClick={savePng} data-testid="export-png">
        {t('exportPng')}
      </button>
      <ReactEChartsCore
        ref={(r: unknown) => {
          ref.current = r as ChartRef | null;
        }}
        echarts={echarts}
        option={props.option}
        notMerge
        style={{ height: '100%', width: '100%' }}
        onEvents={props.onClick ? { click: props.onClick } : {}}
      />
    </div>
  );
}
