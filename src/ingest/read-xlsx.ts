import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { AtlasError } from '../core/errors.ts';
import { FILE_LIMITS } from './limits.ts';
import { isBlankRow, toCell, uniqueHeaders, type Cell, type Table } from './table.ts';

/**
 * Reads one sheet of an XLSX workbook (the first, or `sheet` by name or
 * 1-based number). Row 1 is the header. Numbers stay numbers, dates become
 * YYYY-MM-DD, formulas give their cached result, rich text its plain text.
 *
 * Before exceljs sees the workbook, checkZip unpacks every part under a
 * budget (a zip bomb stops at the limit, not at the end of memory) and
 * counts the sheets' rows: beyond FILE_LIMITS the file is refused whole.
 */
export async function readXlsx(file: string, sheet?: string): Promise<Table> {
  const bytes = await readFile(file);
  checkZip(file, bytes);
  // Loaded here, not at the top: every CLI command would pay ~0.2 s to load it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
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

const tooLarge = (file: string, what: string, limit: keyof typeof FILE_LIMITS, extra = {}) =>
  new AtlasError('ATLAS_E_FILE_TOO_LARGE', `${file}: ${what}`, {
    file,
    limit,
    max: FILE_LIMITS[limit],
    ...extra,
  });

/**
 * Walks the workbook's zip directory and unpacks each part with a cap on its
 * output (what is left of the budget: the smaller of the absolute limit and
 * the ratio to the file's size), so that declared sizes cannot lie; counts
 * the `<row>` elements of every worksheet. Throws ATLAS_E_FILE_TOO_LARGE
 * beyond a limit and ATLAS_E_FILE_FORMAT for what is not a zip.
 */
export function checkZip(file: string, zip: Buffer): void {
  const bad = (why: string) =>
    new AtlasError('ATLAS_E_FILE_FORMAT', `${file} is not a readable XLSX workbook: ${why}`, {
      file,
      format: 'xlsx',
      reason: why,
    });
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no zip directory (is it an old .xls, or a renamed file?)');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const budget = Math.min(
    FILE_LIMITS.xlsxMaxUncompressedBytes,
    Math.max(zip.length * FILE_LIMITS.xlsxMaxRatio, 1024 * 1024),
  );
  let unpacked = 0;
  let rows = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
      throw bad('broken zip directory');
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const next = p + 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    p = next;
    if (compressed === 0xffffffff || local === 0xffffffff)
      throw tooLarge(file, 'a ZIP64 part: the workbook is too large', 'xlsxMaxUncompressedBytes');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw bad(`part ${name} has no local header`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) throw bad(`part ${name} is cut short`);
    const data = zip.subarray(start, start + compressed);
    let out: Buffer;
    if (method === 0) out = data;
    else if (method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget - unpacked) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
          throw tooLarge(
            file,
            `the workbook unpacks to more than ${budget} bytes (a zip bomb, or a sheet too large to import)`,
            'xlsxMaxUncompressedBytes',
            { fileBytes: zip.length, ratio: FILE_LIMITS.xlsxMaxRatio },
          );
        throw bad(`part ${name} does not inflate: ${(e as Error).message}`);
      }
    } else throw bad(`part ${name} uses compression method ${method}`);
    unpacked += out.length;
    if (unpacked > budget)
      throw tooLarge(
        file,
        `the workbook unpacks to more than ${budget} bytes (a zip bomb, or a sheet too large to import)`,
        'xlsxMaxUncompressedBytes',
        { fileBytes: zip.length, ratio: FILE_LIMITS.xlsxMaxRatio },
      );
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      rows += countRows(out);
      if (rows > FILE_LIMITS.xlsxMaxRows)
        throw tooLarge(
          file,
          `the workbook holds more than ${FILE_LIMITS.xlsxMaxRows} rows`,
          'xlsxMaxRows',
        );
    }
  }
}

/** `<row …>` elements (with or without a namespace prefix) in a sheet's XML. */
function countRows(xml: Buffer): number {
  let n = 0;
  for (const tag of ['<row', ':row']) {
    for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + 4)) {
      const c = xml[i + 4];
      if (c !== 0x20 && c !== 0x3e && c !== 0x2f && c !== 0x09 && c !== 0x0a && c !== 0x0d)
        continue;
      if (tag === '<row') n++;
      else {
        // <x:row …>: a start tag whose prefix runs from the '<' to the ':'.
        const lt = xml.lastIndexOf(0x3c, i);
        if (lt >= 0 && i - lt <= 16 && /^<[A-Za-z_][\w.-]*$/.test(xml.toString('latin1', lt, i)))
          n++;
      }
    }
  }
  return n;
}
