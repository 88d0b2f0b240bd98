import { zipStore } from './zip-store.ts';

export type XlsxCell = string | number | boolean | null;

/**
 * A table as an .xlsx workbook written in the browser (visitors, who may not
 * ask the server to build files): Office Open XML (ECMA-376 Part 1, 5th
 * edition, 2016) SpreadsheetML, the least a workbook needs — content types,
 * relationships, a workbook with one sheet, a style sheet with a bold font.
 *
 * Cells    numbers as numbers (unrounded; NaN and ±∞ left empty), booleans
 *          as booleans, text as inline strings — never a formula, so a cell
 *          that starts with "=" stays inert (as the server's writer does).
 * Layout   header row bold and frozen; the note (context: title, scope,
 *          date, source, units) in italics a row under the table.
 * Cost     O(cells) to write the XML, stored uncompressed (zip-store.ts).
 */
export function xlsxOf(t: {
  sheet: string;
  columns: string[];
  rows: XlsxCell[][];
  note?: string;
}): Uint8Array {
  const sheetName =
    t.sheet
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'data';
  const rows: string[] = [row(1, t.columns, 1)];
  t.rows.forEach((r, i) => rows.push(row(i + 2, r, 0)));
  if (t.note) rows.push(row(t.rows.length + 3, [t.note], 2));
  const widths = t.columns
    .map((c, k) => {
      const w = Math.min(40, Math.max(10, c.length * 2));
      return `<col min="${k + 1}" max="${k + 1}" width="${w}" customWidth="1"/>`;
    })
    .join('');
  const sheet =
    `${XML}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${widths}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const enc = new TextEncoder();
  const file = (path: string, text: string) => ({ path, data: enc.encode(text) });
  return zipStore([
    file('[Content_Types].xml', CONTENT_TYPES),
    file('_rels/.rels', ROOT_RELS),
    file('xl/workbook.xml', workbook(sheetName)),
    file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    file('xl/styles.xml', STYLES),
    file('xl/worksheets/sheet1.xml', sheet),
  ]);
}

/** One row; style 1 is the bold header, 2 the italic note, 0 plain. */
function row(r: number, cells: XlsxCell[], style: number): string {
  const s = style ? ` s="${style}"` : '';
  const out = cells.map((v, k) => {
    const ref = `${column(k)}${r}`;
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
    if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  });
  return `<row r="${r}">${out.join('')}</row>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function column(k: number): string {
  let s = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** XML text: the five entities, and no control character XML 1.0 forbids. */
function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';
const ROOT_RELS =
  `${XML}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS =
  `${XML}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
const workbook = (name: string) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
  `<sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><i/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
