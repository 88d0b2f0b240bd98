import { declareAggregates } from '../../core/access/disclosure.ts';
import type { ComplexityIndustries } from '../../contract/complexity.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { firmCells } from '../metrics/firm-cells.ts';
import type { Duck } from '../../store/duck.ts';
import type { StoreMatrixOptions } from '../metrics/store-matrix.ts';
import { storeComplexity } from './store-complexity.ts';

export interface IndustryComplexity {
  industry: string;
  nameZh: string | null;
  nameEn: string | null;
  /** Product (industry) complexity index, on ECI's scale (Stata convention). */
  pci: number;
  /** Number of regions with RCA ≥ threshold in it. */
  ubiquity: number;
}

/** Every industry of the atlas's matrix with its PCI and ubiquity, most complex first. */
export async function complexityIndustries(
  db: Duck,
  opts: StoreMatrixOptions & { threshold?: number },
): Promise<ComplexityIndustries> {
  const c = await storeComplexity(db, opts);
  const p = c.presence;
  const cells = firmCells(c.firms);
  // An industry's figures come from its column of the matrix: each cell of it is revealed.
  const declared = <T extends { industry: string }>(row: T) =>
    declareAggregates(
      row,
      ['pci', 'ubiquity'].map((k) => ({ path: [k], sets: cells.ofIndustry(row.industry) })),
    );
  const rows = p.industries
    .map((industry, k) => ({
      industry,
      nameZh: c.industryNames.get(industry)?.nameZh ?? null,
      nameEn: c.industryNames.get(industry)?.nameEn ?? null,
      pci: c.pci[k],
      ubiquity: p.ubiquity[k],
    }))
    .map(declared)
    .sort((a, b) => b.pci - a.pci || a.industry.localeCompare(b.industry));
  return {
    columns: ['industry', 'nameZh', 'nameEn', 'pci', 'ubiquity'],
    rows,
    matrix: c.matrix,
    warnings: answerWarnings(c.warnings),
  };
}
