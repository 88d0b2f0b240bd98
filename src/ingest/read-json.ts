import { AtlasError } from '../core/errors.ts';
import { decodeText } from './decode-text.ts';
import { FILE_LIMITS } from './limits.ts';
import {
  isBlankRow,
  toCell,
  uniqueHeaders,
  type Cell,
  type Table,
  type TextEncoding,
} from './table.ts';

/**
 * Reads JSON: an array of objects, or an object with a `rows` (or `data`,
 * `records`) array; `.jsonl`/`.ndjson`: one object per line. Columns are the
 * union of the keys, in order of first appearance. Nested values become JSON text.
 */
export function readJson(
  file: string,
  bytes: Uint8Array,
  lines = false,
  encoding?: TextEncoding,
): Table {
  const decoded = decodeText(file, bytes, encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  checkDepth(file, text, FILE_LIMITS.jsonMaxDepth);
  let items: unknown[];
  const rowNumbers: number[] = [];
  try {
    if (lines) {
      items = [];
      text.split(/\r?\n/).forEach((l, i) => {
        if (l.trim() === '') return;
        items.push(JSON.parse(l));
        rowNumbers.push(i + 1);
      });
    } else {
      const doc: unknown = JSON.parse(text);
      items = arrayOf(doc);
      items.forEach((_, i) => rowNumbers.push(i + 2));
    }
  } catch (e) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} is not valid JSON: ${(e as Error).message}`,
      { file },
    );
  }
  if (!items.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file}: expected an array of objects (or {"rows": [...]})`,
      {
        file,
      },
    );
  }
  const keys = new Set<string>();
  for (const o of items as Record<string, unknown>[]) for (const k of Object.keys(o)) keys.add(k);
  const columns = uniqueHeaders([...keys]);
  const rows: Record<string, Cell>[] = [];
  const numbers: number[] = [];
  (items as Record<string, unknown>[]).forEach((o, i) => {
    const row: Record<string, Cell> = {};
    for (const k of keys) row[k] = toCell(o[k]);
    if (isBlankRow(row)) return;
    rows.push(row);
    numbers.push(rowNumbers[i]);
  });
  return {
    file,
    format: 'json',
    encoding: decoded.encoding,
    encodingHow: decoded.how,
    columns,
    rows,
    rowNumbers: numbers,
  };
}

function arrayOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (typeof doc === 'object' && doc !== null) {
    for (const k of ['rows', 'data', 'records']) {
      const v = (doc as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v;
    }
  }
  throw new Error('no array of rows');
}

/**
 * Refuses JSON nested deeper than `max` arrays and objects before it is
 * parsed (one pass, strings skipped): a 100,000-deep document would
 * otherwise overflow the stack of whatever walks it.
 */
function checkDepth(file: string, text: string, max: number): void {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
        if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max)
        throw new AtlasError(
          'ATLAS_E_FILE_TOO_LARGE',
          `${file}: arrays and objects nest deeper than ${max} levels (line ${line}); rows are flat objects`,
          { file, limit: 'jsonMaxDepth', max, line },
        );
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x0a) line++;
  }
}
