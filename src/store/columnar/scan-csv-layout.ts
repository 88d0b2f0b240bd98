/** What one byte pass over a delimited text file learned about its layout. */
export interface CsvLayout {
  /**
   * True when every quote opens a field or closes one (RFC 4180), there is no
   * NUL byte, no lone carriage return and no quote left open: the files on
   * which DuckDB's read_csv and a lenient parser (csv-parse with relaxed
   * quotes) read the same cells.
   */
  regular: boolean;
  /** Records, the header included; empty lines are not records. */
  records: number;
  /** Some quoted cell spans lines (DuckDB then reads without its parallel scanner). */
  multiline: boolean;
  /** With `lines`: the 1-based line on which each record starts. */
  startLines?: Int32Array;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * One pass over the bytes (a UTF-8 BOM is skipped): counts records the way
 * both readers do (a quoted cell may span lines; empty lines are skipped) and
 * checks that the quoting is regular. Cost O(bytes), no allocation unless
 * `lines` asks for each record's first line (the error path).
 */
export function scanCsvLayout(bytes: Uint8Array, delimiter: number, lines = false): CsvLayout {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf.indexOf(QUOTE) < 0 && buf.indexOf(0) < 0) return unquoted(buf, lines);
  const n = bytes.length;
  let k = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let records = 0;
  let line = 1;
  let inQuotes = false;
  let fieldStart = true;
  let lineEmpty = true;
  const starts: number[] | null = lines ? [] : null;
  let multiline = false;
  const irregular = (): CsvLayout => ({ regular: false, records, multiline });
  for (; k < n; k++) {
    const b = bytes[k];
    if (b === 0) return irregular();
    if (b === CR && bytes[k + 1] !== LF) return irregular();
    if (inQuotes) {
      if (b === QUOTE) {
        if (bytes[k + 1] === QUOTE) k++;
        else {
          const next = k + 1 < n ? bytes[k + 1] : LF;
          if (next !== delimiter && next !== LF && next !== CR) return irregular();
          inQuotes = false;
        }
      } else if (b === LF) {
        line++;
        multiline = true;
      }
      continue;
    }
    if (b === CR) continue;
    if (b === LF) {
      line++;
      fieldStart = true;
      lineEmpty = true;
      continue;
    }
    if (lineEmpty) {
      lineEmpty = false;
      records++;
      starts?.push(line);
    }
    if (b === delimiter) fieldStart = true;
    else if (b === QUOTE) {
      if (!fieldStart) return irregular();
      inQuotes = true;
      fieldStart = false;
    } else fieldStart = false;
  }
  if (inQuotes) return irregular();
  const out: CsvLayout = { regular: true, records, multiline };
  if (starts) out.startLines = Int32Array.from(starts);
  return out;
}

/**
 * The same answer for a file without quotes (and without NUL bytes): every
 * non-empty line is a record; one tight loop (a line feed, a carriage return
 * or anything else) instead of the quote-tracking one.
 */
function unquoted(buf: Buffer, lines: boolean): CsvLayout {
  for (let cr = buf.indexOf(CR); cr >= 0; cr = buf.indexOf(CR, cr + 1))
    if (buf[cr + 1] !== LF) return { regular: false, records: 0, multiline: false };
  if (!lines) return { regular: true, records: countRecords(buf), multiline: false };
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  const n = bytes.length;
  const start = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let records = 0;
  let line = 1;
  let empty = 1;
  const starts: number[] | null = lines ? [] : null;
  for (let k = start; k < n; k++) {
    const b = bytes[k];
    if (b === LF) {
      line++;
      empty = 1;
    } else if (empty === 1 && b !== CR) {
      empty = 0;
      records++;
      if (starts !== null) starts.push(line);
    }
  }
  const out: CsvLayout = { regular: true, records, multiline: false };
  if (starts) out.startLines = Int32Array.from(starts);
  return out;
}

/**
 * Non-empty lines of a file whose every carriage return precedes a line
 * feed: the lines (line feeds + 1) less the empty ones — the first when it
 * is empty, each line feed followed by "\n" or "\r\n", and the last when
 * the file ends with a line feed. Every search is Buffer.indexOf (native):
 * 14 against 50 ms of CPU for the byte loop on an 18 MB file (2026-12-07).
 */
function countRecords(buf: Buffer): number {
  const n = buf.length;
  const start = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (start === n) return 0;
  let feeds = 0;
  for (let k = buf.indexOf(LF, start); k >= 0; k = buf.indexOf(LF, k + 1)) feeds++;
  let empty = 0;
  if (buf[start] === LF || (buf[start] === CR && buf[start + 1] === LF)) empty++;
  for (const gap of ['\n\n', '\n\r\n'])
    for (let k = buf.indexOf(gap, start); k >= 0; k = buf.indexOf(gap, k + 1)) empty++;
  if (feeds > 0 && buf[n - 1] === LF) empty++;
  return feeds + 1 - empty;
}
