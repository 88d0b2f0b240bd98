/**
 * Star rating of regional clusters in the manner of the European Cluster
 * Observatory: 0-3 stars, one per criterion met.
 *
 * Criteria  size:           x_ri in the top 10% of the regions having cluster i
 *                           (x_ri ≥ Q90 of x_·i);
 *           specialisation: LQ_ri ≥ 2;
 *           third star:     productivity p_ri = output_ri / x_ri in the top 10%
 *                           (p_ri ≥ Q90 of p_·i) when an output matrix is given
 *                           (European Cluster Panorama 2014 style); otherwise
 *                           the ECO's original "focus": x_ri / X_r in the top 10%.
 * Convention quantiles type 7 over the regions where the cluster is present;
 *           cells with x_ri = 0 get 0 stars. verified: false — the ECO's page
 *           states top 10% for size and focus; the LQ ≥ 2 threshold and the
 *           productivity decile are from secondary descriptions, not checked
 *           against the Observatory's data; all three are options.
 * Cost      O(R·I + nnz log nnz).
 * References European Cluster Observatory, "Evaluation of regional cluster
 *           strength" (clusterobservatory.eu); Sölvell, Ketels, Lindqvist (2008)
 *           Europe INNOVA paper no. 1; Ketels and Protsiv (2014) European
 *           Cluster Panorama 2014.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { clusterColumnQuantiles } from './cluster-column-quantiles.ts';
import { locationQuotient } from './location-quotient.ts';
import { MatrixContext } from './matrix-context.ts';

export interface StarRatingOptions {
  /** Output (or value added) per cell, same shape: enables the productivity star. */
  output?: Float64Array;
  /** Share of regions that earn the size (and focus/productivity) star; default 0.1. */
  topShare?: number;
  /** LQ threshold of the specialisation star; default 2. */
  lqMin?: number;
  /** Shared work with other kernels on the same matrix (matrix-context.ts). */
  context?: MatrixContext;
}

export function starRatingECO(m: RegionIndustryMatrix, opts: StarRatingOptions = {}): Float64Array {
  const { rows, cols, values } = m;
  const q = 1 - (opts.topShare ?? 0.1);
  const lqMin = opts.lqMin ?? 2;
  const ctx = opts.context ?? new MatrixContext(m);
  const lq = ctx.lq(locationQuotient);
  const csc = ctx.csc;
  const sizeCut = ctx.valueQuantiles(q);
  const third = new Float64Array(rows * cols);
  if (opts.output) {
    for (let k = 0; k < third.length; k++)
      third[k] = values[k] > 0 ? opts.output[k] / values[k] : 0;
  } else {
    const { rowSums } = ctx.margins;
    for (let r = 0; r < rows; r++)
      for (let i = 0; i < cols; i++) third[r * cols + i] = values[r * cols + i] / rowSums[r];
  }
  const thirdCut = clusterColumnQuantiles(m, third, q, csc);
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < cols; i++) {
      const k = r * cols + i;
      if (values[k] === 0) continue;
      out[k] =
        (values[k] >= sizeCut[i] ? 1 : 0) +
        (lq[k] >= lqMin ? 1 : 0) +
        (third[k] >= thirdCut[i] ? 1 : 0);
    }
  }
  return out;
}
