import { sessionApi } from '../../api/session.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../useLoad.ts';
import { saveCsv, saveXlsx, type ChartTable } from './chart-table.ts';

/** The canvas of an ECharts instance as a PNG data URL, or undefined before it draws. */
export type PngSource = () => string | undefined;

/**
 * The buttons over a chart: its data as a table on the page (the keyboard's
 * and screen reader's view of it), as CSV (everyone, written in the browser)
 * and Excel (signed-in accounts, written by the server), and the chart as a PNG.
 */
export function ChartExport(props: {
  /** Absent for drawings that cannot be read back as one picture (WebGL). */
  png?: PngSource;
  pngName: string;
  table?: ChartTable;
  tableShown?: boolean;
  onToggleTable?: () => void;
}) {
  const { t } = useLang();
  const me = useLoad('me', () => sessionApi.me());
  const savePng = () => {
    const url = props.png?.();
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${props.pngName}.png`;
    a.click();
  };
  const table = props.table;
  return (
    <span className="chart-export">
      {table && props.onToggleTable ? (
        <button
          type="button"
          onClick={props.onToggleTable}
          aria-expanded={Boolean(props.tableShown)}
          data-testid="show-table"
        >
          {props.tableShown ? t('hideTable') : t('showTable')}
        </button>
      ) : null}
      {table ? (
        <button type="button" onClick={() => saveCsv(table)} data-testid="export-csv">
          {t('exportCsv')}
        </button>
      ) : null}
      {table && me.data?.signedIn ? (
        <button
          type="button"
          onClick={() => void saveXlsx(table).catch(() => undefined)}
          data-testid="export-xlsx"
        >
          {t('exportXlsx')}
        </button>
      ) : null}
      {props.png ? (
        <button type="button" onClick={savePng} data-testid="export-png">
          {t('exportPng')}
        </button>
      ) : null}
    </span>
  );
}
