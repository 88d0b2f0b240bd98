import { ioModel } from './model.ts';
import { sectorRef, tableRef, type IoSectorRef, type IoTableRef } from './refs.ts';
import { resolveSector } from './resolve-sector.ts';
import { take, type IoQuery } from './suppliers.ts';
import { pickIoTable } from './tables.ts';

export interface IoBuyer extends IoSectorRef {
  rank: number;
  /** Direct output coefficient b_ij: share of the sector's output that j buys as an input. */
  share: number;
  /** Direct input coefficient a_ij: what j buys from the sector per unit of j's output. */
  coefficient: number;
  /** z_ij, 万元. */
  flow: number;
  self: boolean;
}

export interface IoBuyersResult {
  table: IoTableRef;
  sector: IoSectorRef & { totalOutput: number; intermediateShare: number };
  buyers: IoBuyer[];
  conventions: string;
}

/** A sector's direct buyers (intermediate use) in a national table, largest share of its output first. */
export function ioBuyers(q: IoQuery): IoBuyersResult {
  const m = ioModel(pickIoTable(q));
  const { n } = m.a;
  const i = resolveSector(m.table.sectors, q.sector, m.entry.id);
  const min = q.minCoefficient ?? 0;
  const rows: IoBuyer[] = [];
  for (let j = 0; j < n; j++) {
    const share = m.b.values[i * n + j];
    if (share <= 0 || share < min) continue;
    rows.push({
      rank: 0,
      ...sectorRef(m.table.sectors[j]),
      share,
      coefficient: m.a.values[i * n + j],
      flow: m.z.values[i * n + j],
      self: i === j,
    });
  }
  rows.sort((x, y) => y.share - x.share || x.code.localeCompare(y.code));
  rows.forEach((r, k) => (r.rank = k + 1));
  const t = m.table;
  const uses = t.intermediateUse[i] + t.totalFinalUse[i];
  return {
    table: tableRef(m.entry),
    sector: {
      ...sectorRef(t.sectors[i]),
      totalOutput: t.totalOutput[i],
      intermediateShare: uses > 0 ? t.intermediateUse[i] / uses : 0,
    },
    buyers: take(rows, q.limit),
    conventions:
      'share b_ij = z_ij / x_i (direct output coefficient); coefficient a_ij = z_ij / x_j; flow z_ij in 万元; intermediateShare = intermediate use / (intermediate + final use), imports included',
  };
}
