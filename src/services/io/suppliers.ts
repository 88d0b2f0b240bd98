import { ioModel } from './model.ts';
import { sectorRef, tableRef, type IoSectorRef, type IoTableRef } from './refs.ts';
import { resolveSector } from './resolve-sector.ts';
import { pickIoTable } from './tables.ts';

export interface IoQuery {
  /** A sector code or (part of) its Chinese name, or its English name. */
  sector: string;
  year?: number;
  /** 153, 149, 139, 135, 122, 42 (41 for 2010); default the most detailed table of the year. */
  sectors?: number;
  /** How many rows (default 20; 0 for all). */
  limit?: number;
  /** Rows below this coefficient are left out (default 0: every positive one). */
  minCoefficient?: number;
}

export interface IoSupplier extends IoSectorRef {
  rank: number;
  /** Direct input coefficient a_ij: the sector's purchases from i per unit of its output. */
  coefficient: number;
  /** z_ij, 万元. */
  flow: number;
  /** Leontief inverse l_ij: output of i needed per unit of the sector's final demand. */
  total: number;
  self: boolean;
}

export interface IoSuppliersResult {
  table: IoTableRef;
  sector: IoSectorRef & { totalInput: number };
  suppliers: IoSupplier[];
  conventions: string;
}

export const take = <T>(rows: T[], limit: number | undefined): T[] =>
  limit === 0 ? rows : rows.slice(0, limit ?? 20);

/** A sector's direct suppliers in a national table, largest input coefficient first. */
export function ioSuppliers(q: IoQuery): IoSuppliersResult {
  const m = ioModel(pickIoTable(q));
  const { n } = m.a;
  const j = resolveSector(m.table.sectors, q.sector, m.entry.id);
  const min = q.minCoefficient ?? 0;
  const rows: IoSupplier[] = [];
  for (let i = 0; i < n; i++) {
    const coefficient = m.a.values[i * n + j];
    if (coefficient <= 0 || coefficient < min) continue;
    rows.push({
      rank: 0,
      ...sectorRef(m.table.sectors[i]),
      coefficient,
      flow: m.z.values[i * n + j],
      total: m.l.values[i * n + j],
      self: i === j,
    });
  }
  rows.sort((x, y) => y.coefficient - x.coefficient || x.code.localeCompare(y.code));
  rows.forEach((r, k) => (r.rank = k + 1));
  return {
    table: tableRef(m.entry),
    sector: { ...sectorRef(m.table.sectors[j]), totalInput: m.table.totalInput[j] },
    suppliers: take(rows, q.limit),
    conventions:
      'coefficient a_ij = z_ij / x_j (direct input coefficient, total use including imports); total = Leontief inverse l_ij; flow z_ij in 万元 at producers’ prices',
  };
}
