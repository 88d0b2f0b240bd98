import { useDictionary } from '../../i18n/dictionary.ts';
import { exportText } from '../../i18n/export.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { formatQuantity } from '../../format.ts';
import { Withheld } from '../Withheld.tsx';
import { columnLabel, readerCell, unitOf, type ChartTable } from './chart-table.ts';

/** More rows than a page can show well; the CSV holds them all. */
const MAX_ROWS = 300;

/**
 * A chart's data as an HTML table, under the chart: what a screen reader
 * reads and where the keyboard goes, each row's first cell a link to the
 * page its mark opens when clicked. Headings and codes in the reader's
 * language, numbers with their units (web/src/format.ts); the CSV and Excel
 * keep them whole.
 */
export function ChartDataTable(props: { table: ChartTable; testId?: string }) {
  const { t, lang } = useLang();
  const te = useDictionary(exportText);
  const { table } = props;
  const rows = table.rows.slice(0, MAX_ROWS);
  const cell = (j: number, raw: string | number | null) => {
    if (raw === null && table.nullIsWithheld) return <Withheld />;
    const v = readerCell(table, j, raw, lang);
    if (typeof v !== 'number') return v ?? '—';
    const unit = unitOf(table, table.columns[j]);
    return unit ? formatQuantity(lang, v, unit) : formatNumber(lang, v);
  };
  return (
    <div className="chart-table" data-testid={props.testId ?? 'chart-table'}>
      <table className="table">
        <caption>
          {table.title ?? te('table')}
          {table.rows.length > rows.length
            ? ` · ${t('tableTruncated', { n: rows.length, total: table.rows.length })}`
            : ''}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" data-key={c}>
                {columnLabel(table, i, lang, false)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => {
                const href = j === 0 ? table.links?.[i] : null;
                return (
                  <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                    {href ? <a href={href}>{cell(j, v)}</a> : cell(j, v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note ? <p className="muted">{table.note}</p> : null}
    </div>
  );
}
