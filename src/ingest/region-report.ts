import { warning, type AtlasWarning } from '../core/errors.ts';
import type { RegionField, RowRegion } from './resolve-row-region.ts';

/** At most this many row numbers are listed per guessed or unresolved value. */
const MAX_ROWS = 20;

interface Entry {
  column: string;
  value: string;
  region?: string;
  name?: string;
  how?: string;
  rows: number[];
  count: number;
}

/**
 * Collects region guesses and failures over a table, one entry per distinct
 * (column, value), for ATLAS_W_REGION_GUESSED and ATLAS_W_REGION_UNRESOLVED.
 */
export class RegionReport {
  private readonly guessed = new Map<string, Entry>();
  private readonly unresolved = new Map<string, Entry>();

  add(rr: RowRegion, row: number, columns: Partial<Record<string, string>>): void {
    const column = (f: RegionField) => columns[f] ?? f;
    for (const g of rr.guesses) {
      bump(this.guessed, column(g.field), g.text, row, {
        region: g.region.code,
        name: g.region.nameZh,
        how: g.how,
      });
    }
    for (const u of rr.unresolved) bump(this.unresolved, column(u.field), u.text, row);
  }

  warnings(file: string): AtlasWarning[] {
    const out: AtlasWarning[] = [];
    if (this.guessed.size > 0) {
      const list = sorted(this.guessed);
      const rows = list.reduce((s, e) => s + e.count, 0);
      const top = list
        .slice(0, 5)
        .map((e) => `${e.value}→${e.name} ${e.region} (${e.count})`)
        .join(', ');
      out.push(
        warning(
          'ATLAS_W_REGION_GUESSED',
          `${file}: region guessed in ${rows} rows: ${top}${list.length > 5 ? ', …' : ''}`,
          {
            file,
            rows,
            guesses: list,
          },
        ),
      );
    }
    if (this.unresolved.size > 0) {
      const list = sorted(this.unresolved);
      const rows = list.reduce((s, e) => s + e.count, 0);
      const top = list
        .slice(0, 5)
        .map((e) => `${e.column}="${e.value}" (${e.count})`)
        .join(', ');
      out.push(
        warning(
          'ATLAS_W_REGION_UNRESOLVED',
          `${file}: region not found in ${rows} rows: ${top}${list.length > 5 ? ', …' : ''}`,
          {
            file,
            rows,
            values: list,
          },
        ),
      );
    }
    return out;
  }
}

function bump(
  map: Map<string, Entry>,
  column: string,
  value: string,
  row: number,
  extra: Partial<Entry> = {},
): void {
  const k = `${column}\u001f${value}`;
  let e = map.get(k);
  if (!e) {
    e = { column, value, ...extra, rows: [], count: 0 };
    map.set(k, e);
  }
  e.count++;
  if (e.rows.length < MAX_ROWS) e.rows.push(row);
}

function sorted(map: Map<string, Entry>): Entry[] {
  return [...map.values()].sort((a, b) => b.count - a.count || a.rows[0] - b.rows[0]);
}
