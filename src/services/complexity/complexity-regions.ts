import { declareAggregates } from '../../core/access/disclosure.ts';
import type { ComplexityRegions } from '../../contract/complexity.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { firmCells } from '../metrics/firm-cells.ts';
import type { Duck } from '../../store/duck.ts';
import type { StoreMatrixOptions } from '../metrics/store-matrix.ts';
import { storeComplexity } from './store-complexity.ts';

export interface RegionComplexity {
  region: string;
  nameZh: string | null;
  nameEn: string | null;
  /** Economic complexity index (Stata convention: mean 0, sd 1 over the long data). */
  eci: number;
  /** Complexity outlook index, standardised likewise. */
  coi: number;
  /** Number of industries with RCA ≥ threshold. */
  diversity: number;
}

/** Every region of the atlas's matrix with its ECI, COI and diversity, most complex first. */
export async function complexityRegions(
  db: Duck,
  opts: StoreMatrixOptions & { threshold?: number },
): Promise<ComplexityRegions> {
  const c = await storeComplexity(db, opts);
  const p = c.presence;
  const cells = firmCells(c.firms);
  // A region's figures come from its row of the matrix: each cell of it is revealed.
  const declared = (row: RegionComplexity) =>
    declareAggregates(
      row,
      ['eci', 'coi', 'diversity'].map((k) => ({ path: [k], sets: cells.ofRegion(row.region) })),
    );
  const rows = p.regions
    .map((region, k) => ({
      region,
      nameZh: c.regionNames.get(region)?.nameZh ?? null,
      nameEn: c.regionNames.get(region)?.nameEn ?? null,
      eci: c.eci[k],
      coi: c.coi[k],
      diversity: p.diversity[k],
    }))
    .map(declared)
    .sort((a, b) => b.eci - a.eci || a.region.localeCompare(b.region));
  return {
    columns: ['region', 'nameZh', 'nameEn', 'eci', 'coi', 'diversity'],
    rows,
    matrix: c.matrix,
    warnings: answerWarnings(c.warnings),
  };
}
