import { formatNumber } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import type { ChartTable } from './chart-table.ts';

/** More rows than a page can show well; the CSV holds them all. */
const MAX_ROWS = 300;

/**
 * A chart's data as an HTML table, under the chart: what a screen reader
 * reads and where the keyboard goes, each row's first cell a link to the
 * page its mark opens when clicked. Numbers in the locale's format (万/亿 in
 * zh); the CSV and Excel keep them whole.
 */
export function ChartDataTable(props: { table: ChartTable; testId?: string }) {
  const { t, lang } = useLang();
  const { table } = props;
  const rows = table.rows.slice(0, MAX_ROWS);
  const cell = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? formatNumber(lang, v) : v;
  return (
    <div className="chart-table" data-testid={props.testId ?? 'chart-table'}>
      <table className="table">
        <caption>
          {table.name}
          {table.rows.length > rows.length
            ? ` · ${t('tableTruncated', { n: rows.length, total: table.rows.length })}`
            : ''}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
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
                    {href ? <a href={href}>{cell(v)}</a> : cell(v)}
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
