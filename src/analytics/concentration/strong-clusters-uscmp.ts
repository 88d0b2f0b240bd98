/**
 * "Strong cluster" flags in the manner of the US Cluster Mapping Project.
 *
 * Rule      region r's cluster i is strong (1) when all hold:
 *           LQ_ri ≥ 1 and LQ_ri ≥ Q75 of LQ_·i (top quartile of regions by
 *           specialisation); x_ri > Q25 of x_·i (employment above the bottom
 *           quartile); and, when establishment counts are given,
 *           e_ri > Q25 of e_·i. Otherwise 0.
 * Convention quartiles are type-7 (R/NumPy default) over the regions where the
 *           cluster is present (x_ri > 0), each region counted once; LQ as
 *           location-quotient.ts. Cells with x_ri = 0 are never strong.
 *           verified: false — the USCMP publishes the idea (strength =
 *           specialisation in the top quartile, with size thresholds) but we
 *           found no formal statement of the quantile convention or of the
 *           employment/establishment floors; this follows the rule as stated
 *           above and is parameterised for when the exact one is known.
 * Cost      O(R·I + nnz log nnz).
 * References US Cluster Mapping Project, Harvard Business School / U.S. EDA,
 *           clustermapping.us ("Cluster Mapping Methodology"); Delgado, Porter
 *           and Stern (2016) Cambridge J. Regions, Economy and Society 9(1): 1-38.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';
import { clusterColumnQuantiles } from './cluster-column-quantiles.ts';
import { locationQuotient } from './location-quotient.ts';

export interface StrongClusterOptions {
  /** Establishments per cell, same shape as the matrix (e.g. firm counts). */
  establishments?: Float64Array;
  /** Quantile of LQ a strong cluster must reach (default 0.75). */
  lqQuantile?: number;
  /** Quantile of employment/establishments it must exceed (default 0.25). */
  floorQuantile?: number;
  /** Shared work with other kernels on the same matrix (matrix-context.ts). */
  context?: MatrixContext;
}

export function strongClustersUSCMP(
  m: RegionIndustryMatrix,
  opts: StrongClusterOptions = {},
): Float64Array {
  const { rows, cols, values } = m;
  const ctx = opts.context ?? new MatrixContext(m);
  const lq = ctx.lq(locationQuotient);
  const csc = ctx.csc;
  const lqCut = clusterColumnQuantiles(m, lq, opts.lqQuantile ?? 0.75, csc);
  const empCut = ctx.valueQuantiles(opts.floorQuantile ?? 0.25);
  const est = opts.establishments;
  const estCut = est ? clusterColumnQuantiles(m, est, opts.floorQuantile ?? 0.25, csc) : null;
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < cols; i++) {
      const k = r * cols + i;
      if (values[k] === 0) continue;
      const ok =
        lq[k] >= 1 &&
        lq[k] >= lqCut[i] &&
        values[k] > empCut[i] &&
        (est === undefined || est[k] > (estCut as Float64Array)[i]);
      out[k] = ok ? 1 : 0;
    }
  }
  return out;
}
