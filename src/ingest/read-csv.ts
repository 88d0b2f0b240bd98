import { parse } from 'csv-parse/sync';
import { AtlasError } from '../core/errors.ts';
import { decodeText } from './decode-text.ts';
import { isBlankRow, uniqueHeaders, type Cell, type Table, type TextEncoding } from './table.ts';

/**
 * Reads delimited text (CSV; TSV by extension or by sniffing). The encoding is
 * detected (decode-text.ts). Cells stay text: numbers are parsed later, by
 * the field that needs them, so "001" codes keep their zeros.
 */
export function readCsv(
  file: string,
  bytes: Uint8Array,
  delimiterHint?: string,
  encoding?: TextEncoding,
): Table {
  const decoded = decodeText(file, bytes, encoding);
  if (decoded.text.includes('\u0000')) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} holds NUL characters: it is not a text table (is it a spreadsheet saved under a .csv name?)`,
      { file, encoding: decoded.encoding },
    );
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const delimiter = delimiterHint ?? sniffDelimiter(text);
  // Re-encode so that csv-parse's byte offsets index a buffer we can scan for line numbers.
  const buf = Buffer.from(text, 'utf8');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(buf, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (e) {
    throw new AtlasError('ATLAS_E_FILE_FORMAT', `${file}: ${(e as Error).message}`, { file });
  }
  if (records.length === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${file} is empty`, { file });
  }

  const lines = startLines(
    buf,
    records.map((r) => r.info.bytes),
  );
  const columns = uniqueHeaders(records[0].record);
  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const rec = records[i].record;
    const row: Record<string, Cell> = {};
    for (let c = 0; c < columns.length; c++) {
      const v = rec[c];
      row[columns[c]] = v === undefined || v === '' ? null : v;
    }
    if (isBlankRow(row)) continue;
    rows.push(row);
    rowNumbers.push(lines[i]);
  }
  return {
    file,
    format: 'csv',
    encoding: decoded.encoding,
    encodingHow: decoded.how,
    columns,
    rows,
    rowNumbers,
  };
}

/** The most frequent of , ; tab | in the first line (outside quotes). */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0, '|': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of Object.keys(counts)) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * The 1-based line on which each record starts, from the byte offsets where
 * each record ends (csv-parse's own line counter miscounts CRLF inside quotes).
 * A line break is \r\n, \n or \r.
 */
function startLines(buf: Uint8Array, ends: readonly number[]): number[] {
  const out: number[] = [];
  let pos = 0;
  let line = 1;
  for (const end of ends) {
    // Skip the blank lines before the record.
    while (pos < end && (buf[pos] === 0x0a || buf[pos] === 0x0d)) {
      if (buf[pos] === 0x0d && buf[pos + 1] === 0x0a) pos++;
      pos++;
      line++;
    }
    out.push(line);
    for (; pos < end; pos++) {
      if (buf[pos] === 0x0d) {
        if (buf[pos + 1] === 0x0a) pos++;
        line++;
      } else if (buf[pos] === 0x0a) line++;
    }
  }
  return out;
}
