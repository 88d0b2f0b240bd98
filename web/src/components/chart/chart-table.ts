import { csrfToken } from '../../http.ts';
import { download, toCsv } from '../report/csv.ts';

/** The data behind a chart, as a table a person can take away. */
export interface ChartTable {
  /** File name without extension. */
  name: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Source, year, synthetic share: written under the table in Excel. */
  note?: string;
  /**
   * The page each row opens, as a click on its mark in the chart does: the
   * table view links them, the keyboard's way to the same place.
   */
  links?: (string | null)[];
}

export function saveCsv(t: ChartTable): void {
  download(`${t.name}.csv`, toCsv(t.columns, t.rows));
}

/** Excel through POST /api/export/xlsx (the server writes the workbook; nothing is stored). */
export async function saveXlsx(t: ChartTable): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch('/api/export/xlsx', {
    method: 'POST',
    headers,
    body: JSON.stringify({ sheet: t.name, columns: t.columns, rows: t.rows, note: t.note }),
  });
  if (!res.ok)
    throw new Error(((await res.json()) as { message?: string }).message ?? res.statusText);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `${t.name}.xlsx`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
