import { closeSync, openSync, readSync } from 'node:fs';
import { sniffDelimiter } from './read-csv.ts';
import { uniqueHeaders, type TextEncoding } from './table.ts';

/** A CSV that a database's reader takes exactly as the row-by-row reader does. */
export interface PlainCsvShape {
  /** Headers as the row-by-row reader names them (made unique). */
  columns: string[];
  delimiter: string;
  /** Data lines after the header: with one record per line, row r sits on line r + 1. */
  dataLines: number;
  encodingHow: 'bom' | 'declared' | 'utf-8' | 'detected';
}

const CHUNK = 1 << 20;

/**
 * Whether a delimited text file is "plain", read in 1 MiB chunks (memory does
 * not grow with the file): no quote character (so one record per line and no
 * cell spans lines), no NUL, no bare CR, no blank line, a header line that
 * decodes as UTF-8. Such a file's records, cells and line numbers are the
 * same whichever CSV reader reads it; any other file returns undefined and is
 * read row by row (read-csv.ts), which handles every case. Invalid UTF-8
 * further on is left to the bulk reader, which refuses it.
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
    const buf = Buffer.allocUnsafe(CHUNK);
    let header: Buffer | undefined;
    const headerParts: Buffer[] = [];
    let lines = 0;
    let prev = 0x0a; // as if a line break preceded the file: a leading blank line counts
    let first = true;
    let bom = false;
    let cr = false;
    for (;;) {
      const n = readChunk(fd, buf);
      if (n < 0) return undefined;
      if (n === 0) break;
      let start = 0;
      if (first) {
        first = false;
        if (n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
          bom = true;
          start = 3;
        }
      }
      for (let i = start; i < n; i++) {
        const b = buf[i];
        if (b === 0x22 || b === 0x00 || (cr && b !== 0x0a)) return undefined;
        cr = b === 0x0d;
        if (cr) continue;
        if (b === 0x0a) {
          if (prev === 0x0a) return undefined;
          if (header === undefined) {
            headerParts.push(Buffer.from(buf.subarray(start, i)));
            header = Buffer.concat(headerParts);
          }
          lines++;
        }
        prev = b;
      }
      if (header === undefined) {
        headerParts.push(Buffer.from(buf.subarray(start, n)));
        if (headerParts.length > 4) return undefined; // a header line over 4 MiB is no header
      }
    }
    if (cr) return undefined;
    if (prev !== 0x0a) lines++; // a last line without its line break
    if (header === undefined) header = Buffer.concat(headerParts);
    const text = decodeUtf8(header);
    if (text === undefined || text.trim() === '' || lines < 2) return undefined;
    const line = text.replace(/\r$/, '');
    const delimiter = delimiterHint ?? sniffDelimiter(line);
    return {
      columns: uniqueHeaders(line.split(delimiter)),
      delimiter,
      dataLines: lines - 1,
      encodingHow: encoding ? 'declared' : bom ? 'bom' : 'utf-8',
    };
  } finally {
    closeSync(fd);
  }
}

/** Bytes read into buf, 0 at the end, -1 when the path cannot be read (a directory). */
function readChunk(fd: number, buf: Buffer): number {
  try {
    return readSync(fd, buf, 0, CHUNK, null);
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
