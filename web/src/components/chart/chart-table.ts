import { xlsxOf } from './xlsx-of.ts';
import { csrfToken } from '../../http.ts';
import { lookup } from '../../i18n/dictionary.ts';
import { exportText } from '../../i18n/export.ts';
import { codeName, type Lang } from '../../i18n/common.ts';
import { roundForExport, unitLabel, type Unit } from '../../format.ts';
import { download, toCsv } from '../report/csv.ts';

type Cell = string | number | null;

/** The data behind a chart, as a table a person can take away. */
export interface ChartTable {
  /** File name without extension. */
  name: string;
  /** Stable keys of the columns: the header for programs (the key row). */
  columns: string[];
  rows: Cell[][];
  /** Source, year, synthetic share: written under the table in Excel. */
  note?: string;
  /**
   * The page each row opens, as a click on its mark in the chart does: the
   * table view links them, the keyboard's way to the same place.
   */
  links?: (string | null)[];
  /** Headings in the reader's language, one per column; default: by key (i18n/export.ts). */
  labels?: string[];
  /** The unit of a column's numbers, by key; revenue and output default to 万元, employees to persons. */
  units?: Record<string, Unit>;
  /** What the export is called; default: the heading over the chart. */
  title?: string;
  /** What it covers (a cluster, a region); default: the page's heading. */
  scope?: string;
  /** Where the figures come from, cited; default: the note, else the atlas's data. */
  source?: string;
  /**
   * Its empty (null) numbers are figures withheld under the disclosure rule
   * (the API's null), shown as 保密 / withheld on the page, not as missing.
   */
  nullIsWithheld?: boolean;
}

/** What every export carries besides its data. */
export interface ExportContext {
  title: string;
  scope: string;
  /** YYYY-MM-DD */
  date: string;
  source: string;
  synthetic: boolean;
}

const DEFAULT_UNITS: Record<string, Unit> = {
  revenue: 'yuan10k',
  output: 'yuan10k',
  rdSpend: 'yuan10k',
  employees: 'persons',
  firms: 'firms',
  members: 'firms',
};
const FLAGS = new Set(['synthetic', 'member', 'critical', 'mcp']);

function tx(lang: Lang, key: string): string {
  return lookup(exportText, lang, key as keyof (typeof exportText)['en']);
}

export function unitOf(t: ChartTable, key: string): Unit | undefined {
  return t.units?.[key] ?? DEFAULT_UNITS[key];
}

/** A column's heading in the reader's language, with its unit: 营业收入（万元）. */
export function columnLabel(t: ChartTable, i: number, lang: Lang, withUnit = true): string {
  const key = t.columns[i];
  const known = `col.${key}` in exportText.en;
  const base = t.labels?.[i] ?? (known ? tx(lang, `col.${key}`) : key);
  const unit = withUnit ? unitOf(t, key) : undefined;
  const u = unit ? unitLabel(lang, unit) : '';
  return u ? (lang === 'en' ? `${base} (${u})` : `${base}（${u}）`) : base;
}

/** A cell as a reader reads it: codes named, 0/1 flags as yes/no, numbers rounded. */
export function readerCell(t: ChartTable, j: number, v: Cell, lang: Lang): Cell {
  if (v === null) return null;
  const key = t.columns[j];
  if (FLAGS.has(key) && (v === 0 || v === 1 || v === '0' || v === '1'))
    return tx(lang, Number(v) === 1 ? 'yes' : 'no');
  if (typeof v === 'string') {
    if (key === 'kind' || key === 'designation') return codeName(lang, key, v);
    if (key === 'status' && `status.${v}` in exportText.en) return tx(lang, `status.${v}`);
    return v;
  }
  return roundForExport(v);
}

/** The lines every export starts with: title, scope, date, source, units, synthetic mark. */
export function contextLines(t: ChartTable, ctx: ExportContext, lang: Lang): string[] {
  const sep = lang === 'en' ? ': ' : '：';
  const units = t.columns
    .map((k, i) => {
      const u = unitOf(t, k);
      return u ? `${t.labels?.[i] ?? tx(lang, `col.${k}`)} ${unitLabel(lang, u)}` : '';
    })
    .filter(Boolean);
  return [
    `${tx(lang, 'atlas')} · ${tx(lang, 'title')}${sep}${ctx.title}`,
    `${tx(lang, 'scope')}${sep}${ctx.scope}`,
    `${tx(lang, 'date')}${sep}${ctx.date}`,
    `${tx(lang, 'source')}${sep}${ctx.source}`,
    ...(units.length
      ? [`${tx(lang, 'unit')}${sep}${units.join(lang === 'en' ? '; ' : '；')}`]
      : []),
    ctx.synthetic ? tx(lang, 'syntheticMark') : tx(lang, 'noSynthetic'),
  ];
}

/**
 * The table as CSV: the context lines first (each one cell starting "#", a
 * comment to programs that read with comment='#'), then the headings in the
 * reader's language and the rows as a reader reads them; with `keys`, the
 * stable English keys instead and the values as stored (rounded to 6
 * significant digits, never 16).
 */
export function tableCsv(t: ChartTable, ctx: ExportContext, lang: Lang, keys = false): string {
  const head = contextLines(t, ctx, lang).map((l) => [`# ${l}`]);
  const header = keys ? t.columns : t.columns.map((_, i) => columnLabel(t, i, lang));
  const rows = t.rows.map((r) =>
    r.map((v, j) =>
      keys ? (typeof v === 'number' ? roundForExport(v) : v) : readerCell(t, j, v, lang),
    ),
  );
  const csv = toCsv(header, [...rows]);
  // The context lines before the header (toCsv writes the byte-order mark first).
  return '\uFEFF' + head.map((l) => toCsv(l, []).slice(1)).join('') + csv.slice(1);
}

export function saveCsv(t: ChartTable, ctx: ExportContext, lang: Lang, keys = false): void {
  download(`${t.name}${keys ? '.keys' : ''}.csv`, tableCsv(t, ctx, lang, keys));
}

/**
 * Excel: signed in, through POST /api/export/xlsx (the server writes the
 * workbook; nothing is stored); a visitor, who may not ask the server to
 * build files, gets the same sheet written in the browser (xlsx-of.ts).
 */
export async function saveXlsx(
  t: ChartTable,
  ctx: ExportContext,
  lang: Lang,
  inBrowser = false,
): Promise<void> {
  const table = {
    sheet: t.name,
    columns: t.columns.map((_, i) => columnLabel(t, i, lang)),
    rows: t.rows.map((r) => r.map((v, j) => readerCell(t, j, v, lang))),
    note: [...contextLines(t, ctx, lang), ...(t.note ? [t.note] : [])].join('\n').slice(0, 2000),
  };
  const blob = inBrowser
    ? new Blob([xlsxOf(table) as BlobPart], { type: XLSX_TYPE })
    : await serverXlsx(table);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${t.name}.xlsx`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function serverXlsx(table: object): Promise<Blob> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch('/api/export/xlsx', {
    method: 'POST',
    headers,
    body: JSON.stringify(table),
  });
  if (!res.ok)
    throw new Error(((await res.json()) as { message?: string }).message ?? res.statusText);
  return res.blob();
}
