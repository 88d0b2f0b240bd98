import { declareAggregates } from '../../core/access/disclosure.ts';
import type { Duck } from '../../store/duck.ts';
import { firmCells } from '../metrics/firm-cells.ts';
import { storeMatrix, type StoreMatrixOptions } from '../metrics/store-matrix.ts';
import { regionOpportunities } from '../../analytics/complexity/opportunities.ts';
import type { Opportunities } from '../../contract/complexity.ts';
import { answerWarnings } from '../answer-warnings.ts';

export interface StoreOpportunityOptions extends StoreMatrixOptions {
  region: string;
  /** Leave out industries in which the other regions of the same province are already strong. */
  differentiated?: boolean;
  value?: 'cog' | 'pci';
  limit?: number;
}

/**
 * A region's growth opportunities from the atlas's own matrix (regions ×
 * industries by the measure asked), with industry names. Neighbours, for a
 * differentiated layout, are the other regions of the same province — an
 * approximation of adjacency the reference data lets us make; said so in
 * the answer.
 */
export async function storeOpportunities(
  db: Duck,
  o: StoreOpportunityOptions,
): Promise<Opportunities> {
  const built = await storeMatrix(db, o);
  const province = o.region.slice(0, 2);
  const neighbours = built.matrix.regions.filter((r) => r !== o.region && r.startsWith(province));
  const r = regionOpportunities(built.matrix, {
    region: o.region,
    neighbours,
    differentiated: o.differentiated,
    value: o.value,
    limit: o.limit,
  });
  // The region's ECI reveals its row; an industry's figures for it, the row and the column.
  const cells = firmCells(built.info.measure === 'count' ? undefined : built.firms);
  const row = cells.ofRegion(o.region);
  const figures = ['rca', 'mcp', 'density', 'peerDensity', 'pci', 'cog', 'score'];
  for (const x of [...r.opportunities, ...r.positions])
    declareAggregates(
      x,
      figures
        .filter((k) => k in x)
        .map((k) => ({ path: [k], sets: [...row, ...cells.ofIndustry(x.industry)] })),
    );
  return declareAggregates(
    {
      ...r,
      warnings: answerWarnings([...built.warnings, ...r.warnings]),
      industryNames: built.industryNames.map((n) => ({
        code: n.code,
        nameZh: n.nameZh,
        nameEn: n.nameEn ?? null,
      })),
      neighbours,
      neighbourRule: 'other regions of the same province (an approximation of adjacency)',
    },
    [{ path: ['eci'], sets: row }],
  );
}
