import type { IoIndexEntry, IoSector } from './io-table.ts';

/** What an answer says about the table it read. */
export interface IoTableRef {
  id: string;
  year: number;
  sectors: number;
  classification: string;
  imports: 'competitive' | 'non-competitive';
  unit: '万元';
  source: string;
}

export const IO_SOURCE =
  'National Bureau of Statistics of China (国家统计局), national input-output tables; via R package ionet (GPL ≥ 3); see data/io/README.md';

export function tableRef(e: IoIndexEntry): IoTableRef {
  return {
    id: e.id,
    year: e.year,
    sectors: e.sectors,
    classification: e.classification,
    imports: e.imports,
    unit: '万元',
    source: IO_SOURCE,
  };
}

export interface IoSectorRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

export const sectorRef = (s: IoSector): IoSectorRef => ({
  code: s.code,
  nameZh: s.nameZh,
  nameEn: s.nameEn,
});
