import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sniffDelimiter } from './read-csv.ts';
import { uniqueHeaders, type TextEncoding } from './table.ts';

/** A CSV that a database's reader takes exactly as the row-by-row reader does. */
export interface PlainCsvShape {
  /** Headers as the row-by-row reader names them (made unique). */
  columns: string[];
  delimiter: string;
  /** Data lines after the header: with one record per line, row r sits on line r + 1. */
  dataLines: number;
  /** Some field is quoted (RFC 4180): the bulk reader must unquote. */
  quoted: boolean;
  encodingHow: 'bom' | 'declared' | 'utf-8' | 'detected';
}

const CHUNK = 1 << 20;
const QUOTE = 0x22;
/** Where the scan is within a line: a field's start, an unquoted field, a quoted one, a quote in it. */
const enum At {
  Start,
  Bare,
  Quoted,
  QuoteInQuoted,
}

/**
 * Whether a delimited text file is "plain", read in 1 MiB chunks (memory does
 * not grow with the file): one record per line (no line break inside quotes),
 * every quote where RFC 4180 puts one — a quoted field whole between its
 * delimiters, quotes inside doubled, none in an unquoted field — no NUL, no
 * bare CR, no blank line, a header line that decodes as UTF-8. Such a file's
 * records, cells and line numbers are the same whichever CSV reader reads it
 * (DuckDB's with quote and escape '"', csv-parse's as read-csv.ts sets it);
 * any other file returns undefined and is read row by row (read-csv.ts),
 * which handles every case. Every line must be UTF-8, not only the header:
 * a GB18030 file with an ASCII header is thus no plain UTF-8 file, and its
 * caller can detect and transcode it (services/import/stage-organizations.ts)
 * rather than have the bulk reader refuse it.
 */
export function plainCsvShape(
  path: string,
  delimiterHint?: string,
  encoding?: TextEncoding,
): PlainCsvShape | undefined {
  if (encoding !== undefined && encoding !== 'utf-8') return undefined;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // the row-by-row reader names a missing or unreadable file
  }
  try {
    const head = headerLine(fd);
    if (!head) return undefined;
    const delimiter = delimiterHint ?? sniffDelimiter(head.text);
    const scan = scanLines(fd, delimiter.charCodeAt(0), head.start);
    if (!scan || scan.lines < 2) return undefined;
    const columns = scan.quoted ? headerCells(head.text, delimiter) : head.text.split(delimiter);
    if (!columns) return undefined;
    return {
      columns: uniqueHeaders(columns),
      delimiter,
      dataLines: scan.lines - 1,
      encodingHow: encoding ? 'declared' : head.start > 0 ? 'bom' : 'utf-8',
      quoted: scan.quoted,
    };
  } finally {
    closeSync(fd);
  }
}

/** The header line as text (a UTF-8 mark skipped: start 3), or undefined when it is no header. */
function headerLine(fd: number): { text: string; start: number } | undefined {
  const parts: Buffer[] = [];
  const buf = Buffer.allocUnsafe(CHUNK);
  for (let pos = 0; parts.length <= 4;) {
    const n = readChunk(fd, buf, pos);
    if (n < 0) return undefined;
    const lf = buf.subarray(0, n).indexOf(0x0a);
    parts.push(Buffer.from(buf.subarray(0, lf < 0 ? n : lf)));
    if (lf >= 0 || n === 0) break;
    pos += n;
  }
  if (parts.length > 4) return undefined; // a header line over 4 MiB is no header
  let bytes = Buffer.concat(parts);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) bytes = bytes.subarray(3);
  const text = decodeUtf8(bytes)?.replace(/\r$/, '');
  if (text === undefined || text.trim() === '') return undefined;
  return { text, start: bom ? 3 : 0 };
}

/** The header's cells as csv-parse reads them (read-csv.ts's options), or undefined. */
function headerCells(line: string, delimiter: string): string[] | undefined {
  try {
    const rows = parse(line, { delimiter, relax_column_count: true, relax_quotes: true });
    return (rows as string[][])[0];
  } catch {
    return undefined;
  }
}

/**
 * Counts the lines from byte `start`, checking each byte against the plain
 * rules above; undefined when one fails. `quoted`: some field is quoted.
 */
function scanLines(
  fd: number,
  delim: number,
  start: number,
): { lines: number; quoted: boolean } | undefined {
  const buf = Buffer.allocUnsafe(CHUNK);
  let lines = 0;
  let prev = 0x0a; // as if a line break preceded the file: a leading blank line counts
  let cr = false;
  let at = At.Start;
  let quoted = false;
  const utf8 = utf8Checker();
  for (let pos = start; ;) {
    const n = readChunk(fd, buf, pos);
    if (n < 0) return undefined;
    if (n === 0) break;
    if (!utf8.chunk(buf.subarray(0, n))) return undefined;
    pos += n;
    for (let i = 0; i < n; i++) {
      const b = buf[i];
      if (b === 0x00 || (cr && b !== 0x0a)) return undefined;
      if (b >= 0x80) {
        if (at === At.Start) at = At.Bare;
        else if (at === At.QuoteInQuoted) return undefined;
        prev = b;
        continue;
      }
      if (b === QUOTE) {
        if (at === At.Start) [at, quoted] = [At.Quoted, true];
        else if (at === At.Quoted) at = At.QuoteInQuoted;
        else if (at === At.QuoteInQuoted)
          at = At.Quoted; // a doubled quote
        else return undefined; // a quote inside an unquoted field
      } else if (at === At.Quoted) {
        if (b === 0x0a || b === 0x0d) return undefined; // a line break inside quotes
      } else if (b === delim) at = At.Start;
      else if (b === 0x0a || b === 0x0d) {
        at = At.Start;
        cr = b === 0x0d;
        if (cr) continue;
        if (prev === 0x0a) return undefined;
        lines++;
      } else if (at === At.QuoteInQuoted)
        return undefined; // text after a closing quote
      else at = At.Bare;
      prev = b;
    }
  }
  if (cr || at === At.Quoted || !utf8.ended()) return undefined;
  if (prev !== 0x0a) lines++; // a last line without its line break
  return { lines, quoted };
}

/**
 * A strict UTF-8 check over chunks (node:buffer isUtf8: the well-formed
 * sequences of The Unicode Standard, ch. 3, table 3-7, Unicode Consortium
 * 2023 — no overlong form, no surrogate, nothing past U+10FFFF — as
 * TextDecoder's fatal mode and DuckDB's reader demand). A sequence cut by a
 * chunk's end waits for the next chunk (at most 3 bytes kept).
 */
function utf8Checker(): { chunk(b: Buffer): boolean; ended(): boolean } {
  let pending = Buffer.alloc(0);
  return {
    chunk(b) {
      let end = b.length;
      let i = end - 1;
      while (i >= 0 && i > end - 4 && (b[i] & 0xc0) === 0x80) i--;
      if (i >= 0 && b[i] >= 0xc0) {
        const len = b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : 2;
        if (i + len > end) end = i;
      }
      const ok = isUtf8(
        pending.length ? Buffer.concat([pending, b.subarray(0, end)]) : b.subarray(0, end),
      );
      pending = Buffer.from(b.subarray(end));
      return ok;
    },
    ended: () => pending.length === 0,
  };
}

/** Bytes read into buf from `pos`, 0 at the end, -1 when the path cannot be read (a directory). */
function readChunk(fd: number, buf: Buffer, pos: number): number {
  try {
    return readSync(fd, buf, 0, CHUNK, pos);
  } catch {
    return -1;
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
