import { complexityOutlookIndex } from '../../analytics/complexity/complexity-outlook-index.ts';
import { densityAndGain } from '../../analytics/complexity/density-and-gain.ts';
import { eciPci } from '../../analytics/complexity/eci-pci.ts';
import { presenceMatrix, type PresenceMatrix } from '../../analytics/complexity/presence-matrix.ts';
import { proximityIndustry } from '../../analytics/complexity/proximity-industry.ts';
import { standardise, standardiser } from '../../analytics/complexity/standardise-complexity.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import type { FirmTable } from '../../analytics/matrix/firm-table.ts';
import type { Duck } from '../../store/duck.ts';
import type { NamedCode } from '../../store/queries/metric-matrix.ts';
import {
  storeMatrix,
  type StoreMatrixInfo,
  type StoreMatrixOptions,
} from '../metrics/store-matrix.ts';

export interface StoreComplexity {
  presence: PresenceMatrix;
  /** RCA on the presence matrix's labels (row-major, regions × industries). */
  rca: Float64Array;
  eci: Float64Array;
  pci: Float64Array;
  /** Complexity outlook index, standardised as the Stata package prints it. */
  coi: Float64Array;
  /** Density ω_ri (row-major, regions × industries). */
  density: Float64Array;
  /** Proximity between industries, diagonal 1. */
  proximity: Float64Array;
  regionNames: Map<string, NamedCode>;
  industryNames: Map<string, NamedCode>;
  matrix: StoreMatrixInfo;
  /**
   * The firms behind the matrix when its values are their confidential
   * measures (services/metrics/firm-cells.ts says what each figure reveals);
   * undefined for counts and published statistics.
   */
  firms: FirmTable | undefined;
  warnings: AtlasWarning[];
}

/**
 * ECI, PCI, COI and proximity over the atlas's region × industry matrix,
 * with the Stata package's conventions (eci-pci.ts, standardise-complexity.ts):
 * the one computation behind /api/complexity/regions, /industries and /space.
 */
export async function storeComplexity(
  db: Duck,
  opts: StoreMatrixOptions & { threshold?: number },
): Promise<StoreComplexity> {
  const built = await storeMatrix(db, opts);
  // Counts of one firm per cell look binary; the store's values are always measures.
  const {
    presence: p,
    rca: full,
    warnings,
  } = presenceMatrix(built.matrix, { threshold: opts.threshold, binary: false });
  const e = eciPci(p);
  const s = standardiser(e.kc, p.cols);
  const phi = proximityIndustry(p);
  const { density } = densityAndGain(p, phi, e.kp);
  const coiRaw = complexityOutlookIndex(p, density, e.kp);
  const coi = standardise(coiRaw, standardiser(coiRaw, p.cols));
  // RCA on the presence labels (the presence matrix may have dropped empties).
  const m = built.matrix;
  const ri = new Map(m.regions.map((c, k) => [c, k]));
  const ii = new Map(m.industries.map((c, k) => [c, k]));
  const r = new Float64Array(p.rows * p.cols);
  for (let a = 0; a < p.rows; a++)
    for (let b = 0; b < p.cols; b++)
      r[a * p.cols + b] =
        full![(ri.get(p.regions[a]) as number) * m.cols + (ii.get(p.industries[b]) as number)];
  return {
    presence: p,
    rca: r,
    eci: standardise(e.kc, s),
    pci: standardise(e.kp, s),
    coi,
    density,
    proximity: phi,
    regionNames: new Map(built.regionNames.map((n) => [n.code, n])),
    industryNames: new Map(built.industryNames.map((n) => [n.code, n])),
    matrix: built.info,
    firms: built.info.measure === 'count' ? undefined : built.firms,
    warnings: [...built.warnings, ...warnings, ...e.warnings],
  };
}
