import { AtlasError } from '../../core/errors.ts';
import type { IoSector } from './io-table.ts';

/**
 * A sector of a table by what a user types: its code (079, or 79 padded),
 * its full Chinese or English name, or a part of its Chinese name that names
 * one sector only. Unknown or ambiguous: ATLAS_E_IO_SECTOR with candidates.
 */
export function resolveSector(sectors: IoSector[], query: string, tableId: string): number {
  const q = query.trim();
  const width = sectors[0].code.length;
  if (/^\d+$/.test(q)) {
    const i = sectors.findIndex((s) => s.code === q.padStart(width, '0'));
    if (i >= 0) return i;
  }
  const exact = sectors.findIndex(
    (s) => s.nameZh === q || s.nameEn.toLowerCase() === q.toLowerCase(),
  );
  if (exact >= 0) return exact;
  const partial = sectors
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => q.length > 0 && s.nameZh.includes(q));
  if (partial.length === 1) return partial[0].i;
  const candidates = partial.map(({ s }) => ({ code: s.code, nameZh: s.nameZh }));
  throw new AtlasError(
    'ATLAS_E_IO_SECTOR',
    partial.length
      ? `"${q}" names ${partial.length} sectors of table ${tableId}: ${candidates.map((c) => `${c.code} ${c.nameZh}`).join(', ')}`
      : `no sector "${q}" in table ${tableId}`,
    { table: tableId, query: q, candidates },
  );
}
