import { AtlasError } from '../../core/errors.ts';

export type ExportCell = string | number | boolean | null;

export interface ExportTable {
  /** Sheet name (Excel allows 31 characters, no []:*?/\). */
  sheet: string;
  columns: string[];
  rows: ExportCell[][];
  /** A note written under the table (source, provenance, synthetic share). */
  note?: string;
}

const MAX_CELLS = 2_000_000;

/**
 * A table as an .xlsx workbook: header row in bold and frozen, numbers kept
 * as numbers (unrounded), text as text — never a formula, so a cell that
 * starts with "=" stays inert. Refuses rows of the wrong width and tables
 * beyond two million cells with ATLAS_E_BAD_VALUE.
 */
export async function tableXlsx(t: ExportTable): Promise<Buffer> {
  const width = t.columns.length;
  if (width === 0 || t.rows.length * width > MAX_CELLS)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `a table of 1 to ${MAX_CELLS} cells, with columns`, {
      columns: width,
      rows: t.rows.length,
    });
  const bad = t.rows.findIndex((r) => !Array.isArray(r) || r.length !== width);
  if (bad >= 0)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `row ${bad + 1} has ${t.rows[bad].length} cells; the header has ${width}`,
      { row: bad + 1, cells: t.rows[bad].length, columns: width },
    );
  for (let i = 0; i < t.rows.length; i++) {
    const k = t.rows[i].findIndex(
      (v) => v !== null && !['string', 'number', 'boolean'].includes(typeof v),
    );
    if (k >= 0)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `row ${i + 1}, column ${t.columns[k]}: not a string, number, boolean or null`,
        {
          row: i + 1,
          column: t.columns[k],
        },
      );
  }
  // Loaded here, not at the top: every CLI command would pay ~0.2 s to load it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cluster Atlas';
  const sheet = t.sheet
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31);
  const ws = wb.addWorksheet(sheet || 'data', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(t.columns).font = { bold: true };
  for (const r of t.rows)
    ws.addRow(r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
  if (t.note) {
    ws.addRow([]);
    ws.addRow([t.note]).font = { italic: true };
  }
  t.columns.forEach((c, k) => {
    ws.getColumn(k + 1).width = Math.min(40, Math.max(10, c.length * 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
