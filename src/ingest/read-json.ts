import { AtlasError } from '../core/errors.ts';
import { decodeText } from './decode-text.ts';
import { isBlankRow, toCell, uniqueHeaders, type Cell, type Table } from './table.ts';

/**
 * Reads JSON: an array of objects, or an object with a `rows` (or `data`,
 * `records`) array; `.jsonl`/`.ndjson`: one object per line. Columns are the
 * union of the keys, in order of first appearance. Nested values become JSON text.
 */
export function readJson(file: string, bytes: Uint8Array, lines = false): Table {
  const decoded = decodeText(bytes);
  if (decoded === null)
    throw new AtlasError('ATLAS_E_FILE_FORMAT', `${file} is not UTF-8 text`, { file });
  const text = decoded.text.replace(/^\uFEFF/, '');
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
  return { file, format: 'json', encoding: 'utf-8', columns, rows, rowNumbers: numbers };
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
