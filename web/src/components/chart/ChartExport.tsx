import { useRef } from 'react';
import { sessionApi } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { exportText } from '../../i18n/export.ts';
import type { Lang } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { columnLabel, saveCsv, saveXlsx, type ChartTable } from './chart-table.ts';
import { decoratePng, exportContext } from './export-context.ts';

/** The canvas of an ECharts instance as a PNG data URL, or undefined before it draws. */
export type PngSource = () => string | undefined;

/** The columns' headings that carry a unit (营业收入（万元）), for the PNG's unit line. */
function unitsLine(table: ChartTable | undefined, lang: Lang): string {
  if (!table) return '';
  return table.columns
    .map((_, i) => columnLabel(table, i, lang))
    .filter((l) => /[（(]/.test(l))
    .join(lang === 'en' ? '; ' : '；');
}

/**
 * The buttons above a chart: its data as a table on the page (the keyboard's
 * and screen reader's view of it), as CSV (everyone, written in the browser:
 * headings in the reader's language, or the stable field keys for programs)
 * and Excel (written by the server when signed in, by the browser for a
 * visitor), and the chart as a PNG. Every file carries its context: title, scope, date, source, units and
 * the synthetic mark (export-context.ts).
 */
export function ChartExport(props: {
  /** Absent for drawings that cannot be read back as one picture (WebGL). */
  png?: PngSource;
  pngName: string;
  table?: ChartTable;
  tableShown?: boolean;
  onToggleTable?: () => void;
}) {
  const { t, lang } = useLang();
  const te = useDictionary(exportText);
  const me = useLoad('me', () => sessionApi.me());
  const anchor = useRef<HTMLSpanElement | null>(null);
  // The fallback title is the table's caption or the page's title: never the file name (a key).
  const context = () =>
    exportContext(anchor.current, props.table, lang, props.table?.note ?? document.title);
  const savePng = async () => {
    const url = props.png?.();
    if (!url) return;
    const a = document.createElement('a');
    a.href = await decoratePng(url, context(), unitsLine(props.table, lang), lang).catch(() => url);
    a.download = `${props.pngName}.png`;
    a.click();
  };
  const table = props.table;
  return (
    <span className="chart-export" ref={anchor}>
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
        <button
          type="button"
          onClick={() => saveCsv(table, context(), lang)}
          data-testid="export-csv"
        >
          {t('exportCsv')}
        </button>
      ) : null}
      {table ? (
        <button
          type="button"
          onClick={() => saveCsv(table, context(), lang, true)}
          title={te('csvKeysTitle')}
          data-testid="export-csv-keys"
        >
          {te('csvKeys')}
        </button>
      ) : null}
      {table && me.data ? (
        <button
          type="button"
          onClick={() =>
            void saveXlsx(table, context(), lang, !me.data?.signedIn).catch(() => undefined)
          }
          data-testid="export-xlsx"
        >
          {t('exportXlsx')}
        </button>
      ) : null}
      {props.png ? (
        <button type="button" onClick={() => void savePng()} data-testid="export-png">
          {t('exportPng')}
        </button>
      ) : null}
    </span>
  );
}
