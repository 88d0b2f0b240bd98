import { AtlasError } from '../core/errors.ts';
import { ALIASES, REQUIRED_FIELDS, type FieldOf, type ImportKind } from './aliases.ts';
import type { Table } from './table.ts';
import { headerKey } from './text.ts';

export interface ColumnMapping<F extends string = string> {
  /** field → the column (header as written) it is read from. */
  fields: Partial<Record<F, string>>;
  /** Headers no field uses (reported, not an error). */
  unmapped: string[];
  /** Fields set by an explicit --map. */
  explicit: F[];
}

/**
 * Matches a table's headers to the fields of an import kind. An explicit
 * `map` (field → header, from `--map field=header`) wins; the other fields
 * take the first header whose key equals one of their aliases. Fails with
 * ATLAS_E_UNKNOWN_NAME for a --map field that does not exist,
 * ATLAS_E_MISSING_COLUMN for a --map header or a required field not found.
 */
export function mapColumns<K extends ImportKind>(
  table: Pick<Table, 'file' | 'columns'>,
  kind: K,
  map: Readonly<Record<string, string>> = {},
  required: readonly string[] = REQUIRED_FIELDS[kind],
): ColumnMapping<FieldOf<K>> {
  const aliases = ALIASES[kind] as Record<string, readonly string[]>;
  const fieldNames = Object.keys(aliases);
  const fields: Partial<Record<string, string>> = {};
  const used = new Set<string>();
  const explicit: string[] = [];

  for (const [field, header] of Object.entries(map)) {
    if (!(field in aliases)) {
      throw new AtlasError(
        'ATLAS_E_UNKNOWN_NAME',
        `--map ${field}=${header}: "${field}" is not a field of ${kind}; fields: ${fieldNames.join(', ')}`,
        { file: table.file, field, fields: fieldNames },
      );
    }
    const col =
      table.columns.find((c) => c === header) ??
      table.columns.find((c) => headerKey(c) === headerKey(header));
    if (col === undefined) {
      throw new AtlasError(
        'ATLAS_E_MISSING_COLUMN',
        `--map ${field}=${header}: ${table.file} has no column "${header}"; headers: ${table.columns.join(', ')}`,
        { file: table.file, field, header, headers: table.columns },
      );
    }
    fields[field] = col;
    used.add(col);
    explicit.push(field);
  }

  const byKey = new Map<string, string>();
  for (const field of fieldNames) {
    for (const a of [field, ...aliases[field]]) {
      const k = headerKey(a);
      if (!byKey.has(k)) byKey.set(k, field);
    }
  }
  for (const col of table.columns) {
    if (used.has(col)) continue;
    const field = byKey.get(headerKey(col));
    if (field === undefined || fields[field] !== undefined) continue;
    fields[field] = col;
    used.add(col);
  }

  const missing = required.filter((f) => fields[f] === undefined);
  if (missing.length > 0) {
    const hint = missing.map((f) => `${f} (${aliases[f].slice(0, 4).join('/')})`).join(', ');
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${table.file}: no column for ${hint}; headers seen: ${table.columns.join(', ')}`,
      { file: table.file, missing, headers: table.columns },
    );
  }
  return {
    fields: fields as Partial<Record<FieldOf<K>, string>>,
    unmapped: table.columns.filter((c) => !used.has(c)),
    explicit: explicit as FieldOf<K>[],
  };
}
