import { AtlasError } from '../../core/errors.ts';
import { ORGANIZATION_ALIASES } from '../../ingest/aliases.ts';
import { readTable } from '../../ingest/read-table.ts';
import type { Cell, Table } from '../../ingest/table.ts';
import { cellText, headerKey } from '../../ingest/text.ts';
import type { OrganizationRow } from './resolve-organizations.ts';

/**
 * Reads a list of organisations for resolution (`atlas resolve LEFT RIGHT`):
 * any file the import reads (CSV in UTF-8 or GB18030, XLSX, JSON, Parquet),
 * with columns id and name, and optionally region (a code or a name),
 * province, city, industry, uscc and stock code, under the import's Chinese
 * and English header aliases (名称, 企业名称, 统一社会信用代码, 省份, 城市 …).
 * A missing id or name column, an empty id or name, or an id given twice is
 * an error naming the file, row and column; nothing is resolved then.
 */

type Field = keyof OrganizationRow;

const ALIASES: Record<Field, readonly string[]> = {
  id: ORGANIZATION_ALIASES.id,
  name: [...ORGANIZATION_ALIASES.name, 'full name', 'full_name', '公司全称', '简称', 'short name'],
  region: ORGANIZATION_ALIASES.region,
  province: ORGANIZATION_ALIASES.province,
  city: ORGANIZATION_ALIASES.city,
  industry: ORGANIZATION_ALIASES.industry,
  uscc: ORGANIZATION_ALIASES.uscc,
  stockCode: ['股票代码', '证券代码', 'stock code', 'ticker', 'ts_code', 'symbol'],
};

/** Field → the table's header that holds it (first alias found wins). */
export function mapResolutionColumns(columns: readonly string[]): Partial<Record<Field, string>> {
  const byKey = new Map(columns.map((c) => [headerKey(c), c]));
  const out: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(ALIASES) as Field[]) {
    for (const alias of [field, ...ALIASES[field]]) {
      const hit = byKey.get(headerKey(alias));
      if (hit && !Object.values(out).includes(hit)) {
        out[field] = hit;
        break;
      }
    }
  }
  return out;
}

function text(v: Cell | undefined): string {
  return cellText(v ?? null);
}

/** Rows of an already read table, checked. */
export function organizationRows(table: Table): OrganizationRow[] {
  const map = mapResolutionColumns(table.columns);
  for (const field of ['id', 'name'] as const) {
    if (!map[field])
      throw new AtlasError(
        'ATLAS_E_MISSING_COLUMN',
        `${table.file}: no "${field}" column (found: ${table.columns.join(', ')})`,
        { file: table.file, column: field, columns: table.columns },
      );
  }
  const seen = new Map<string, number>();
  return table.rows.map((cells, k) => {
    const row = table.rowNumbers[k];
    const out: OrganizationRow = { id: '', name: '' };
    for (const [field, header] of Object.entries(map) as [Field, string][]) {
      const v = text(cells[header]);
      if (v !== '') out[field] = v;
    }
    for (const field of ['id', 'name'] as const) {
      if (out[field] === '')
        throw new AtlasError(
          'ATLAS_E_ROW_MISSING_VALUE',
          `${table.file}, row ${row}, column "${map[field]}": the ${field} is empty`,
          { file: table.file, row, column: map[field] },
        );
    }
    const first = seen.get(out.id);
    if (first !== undefined)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `${table.file}, row ${row}, column "${map.id}": id "${out.id}" was already given on row ${first}`,
        { file: table.file, row, column: map.id, firstRow: first },
      );
    seen.set(out.id, row);
    return out;
  });
}

export async function readOrganizationList(path: string): Promise<OrganizationRow[]> {
  return organizationRows(await readTable(path));
}
