import { ioModel } from './model.ts';
import { sectorRef, tableRef, type IoSectorRef, type IoTableRef } from './refs.ts';
import { pickIoTable } from './tables.ts';

export type LinkageKind = 'key' | 'backward' | 'forward' | 'weak';

export interface IoLinkageRow extends IoSectorRef {
  /** Rasmussen backward linkage (影响力系数): column sum of L over the mean. */
  backward: number;
  /** Forward linkage: row sum of the Ghosh inverse over the mean. */
  forward: number;
  /** Rasmussen's row-sum forward index (感应度系数): row sum of L over the mean. */
  forwardLeontief: number;
  /** key: both above 1; backward / forward: only that one above 1; weak: neither. */
  kind: LinkageKind;
}

export interface IoLinkagesResult {
  table: IoTableRef;
  sectors: IoLinkageRow[];
  conventions: string;
}

const kindOf = (b: number, f: number): LinkageKind =>
  b > 1 && f > 1 ? 'key' : b > 1 ? 'backward' : f > 1 ? 'forward' : 'weak';

/** Backward and forward linkages of every sector of a national table, in the table's order. */
export function ioLinkages(q: { year?: number; sectors?: number } = {}): IoLinkagesResult {
  const m = ioModel(pickIoTable(q));
  const { backward, forward, forwardLeontief } = m.linkages;
  return {
    table: tableRef(m.entry),
    sectors: m.table.sectors.map((s, i) => ({
      ...sectorRef(s),
      backward: backward[i],
      forward: forward[i],
      forwardLeontief: forwardLeontief[i],
      kind: kindOf(backward[i], forward[i]),
    })),
    conventions:
      'backward = column sums of (I − A)⁻¹ over their mean; forward = row sums of the Ghosh inverse (I − B)⁻¹ over their mean; forwardLeontief = row sums of (I − A)⁻¹ over their mean; total use including imports',
  };
}
