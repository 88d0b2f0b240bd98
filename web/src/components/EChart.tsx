import { useRef } from 'react';
import { ReactEChartsCore } from './react-echarts-core.ts';
import { echarts } from '../echarts.ts';
import { sessionApi } from '../api/session.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../useLoad.ts';
import { saveCsv, saveXlsx, type ChartTable } from './chart-table.ts';

type ChartRef = { getEchartsInstance: () => { getDataURL: (o: object) => string } };

/**
 * One ECharts chart with our module set, sized by its box, with a button
 * that saves it as a PNG (twice the screen's resolution, white background),
 * and, given its table, buttons for the data as CSV and (signed in) Excel.
 */
export function EChart(props: {
  option: Record<string, unknown>;
  height: number;
  testId?: string;
  /** File name of the PNG, without extension. */
  exportName?: string;
  onClick?: (p: { dataIndex?: number; value?: unknown; data?: unknown }) => void;
  /** The chart's data: offered as CSV and Excel beside the PNG. */
  table?: ChartTable;
}) {
  const { t } = useLang();
  // Excel is written by the server, for signed-in accounts; everyone gets CSV and PNG.
  const me = useLoad('me', () => sessionApi.me());
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
      <span className="chart-export">
        {props.table ? (
          <>
            <button type="button" onClick={() => saveCsv(props.table!)} data-testid="export-csv">
              {t('exportCsv')}
            </button>
            {me.data?.signedIn ? (
              <button
                type="button"
                onClick={() => void saveXlsx(props.table!).catch(() => undefined)}
                data-testid="export-xlsx"
              >
                {t('exportXlsx')}
              </button>
            ) : null}
          </>
        ) : null}
        <button type="button" onClick={savePng} data-testid="export-png">
          {t('exportPng')}
        </button>
      </span>
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
