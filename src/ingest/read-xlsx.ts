import ExcelJS from 'exceljs';
import { AtlasError } from '../core/errors.ts';
import { isBlankRow, toCell, uniqueHeaders, type Cell, type Table } from './table.ts';

/**
 * Reads one sheet of an XLSX workbook (the first, or `sheet` by name or
 * 1-based number). Row 1 is the header. Numbers stay numbers, dates become
 * YYYY-MM-DD, formulas give their cached result, rich text its plain text.
 */
export async function readXlsx(file: string, sheet?: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} is not a readable XLSX workbook: ${(e as Error).message}`,
      {
        file,
      },
    );
  }
  const names = wb.worksheets.map((w) => w.name);
  let ws = wb.worksheets[0];
  if (sheet !== undefined) {
    const byName = wb.worksheets.find((w) => w.name === sheet);
    const n = /^\d+$/.test(sheet) ? Number(sheet) : NaN;
    ws = byName ?? wb.worksheets[n - 1];
    if (!ws) {
      throw new AtlasError(
        'ATLAS_E_UNKNOWN_NAME',
        `${file} has no sheet "${sheet}"; sheets: ${names.join(', ')}`,
        {
          file,
          sheet,
          sheets: names,
        },
      );
    }
  }
  if (!ws || ws.rowCount === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${file} has no rows`, { file, sheet: ws?.name });
  }

  const width = ws.columnCount;
  const headerRow = ws.getRow(1);
  const header: unknown[] = [];
  for (let c = 1; c <= width; c++) header.push(cellValue(headerRow.getCell(c).value));
  // Trailing header cells that are empty and whose columns hold nothing are formatting, not columns.
  while (
    header.length > 0 &&
    (header[header.length - 1] === null || header[header.length - 1] === '')
  )
    header.pop();
  const columns = uniqueHeaders(header);

  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const xr = ws.getRow(r);
    const row: Record<string, Cell> = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]] = cellValue(xr.getCell(c + 1).value);
    if (isBlankRow(row)) continue;
    rows.push(row);
    rowNumbers.push(r);
  }
  return { file, format: 'xlsx', sheet: ws.name, columns, rows, rowNumbers };
}

function cellValue(v: ExcelJS.CellValue | { richText: ExcelJS.RichText[] }): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return toCell(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) {
    const res = (v as ExcelJS.CellFormulaValue).result;
    return res === undefined ? null : cellValue(res as ExcelJS.CellValue);
  }
  if ('error' in v) return null;
  return toCell(v);
}
