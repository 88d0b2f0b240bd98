/**
 * Standardisation of ECI, PCI, COI and COG, as the Stata package prints them.
 *
 * Formula   ECI_r = (kc_r − m)/s;  PCI_i = (kp_i − m)/s;  COG_ri = cog_ri / s;
 *           COI_r = (coi_r − m_o)/s_o.  m, s: mean and standard deviation of kc; m_o, s_o: of coi.
 * Convention 'stata' (default; ecomplexity.ado): Stata runs `sum eci` on the long data set,
 *           one row per region × industry (R·I rows, each region's kc repeated I times), so
 *           m = mean of kc and s² = I·Σ_r (kc_r − m)² / (R·I − 1) (r(sd), N − 1 over the long
 *           rows). PCI uses ECI's m and s, which keeps ECI_r = mean of PCI over r's industries;
 *           COG is divided by ECI's s; COI is standardised by its own long mean and sd.
 *           'py' (py-ecomplexity ecomplexity.py, `(pci − eci.mean())/eci.std()`): the same
 *           formulas with numpy's population sd over the R regions: s² = Σ_r (kc_r − m)²/R, and
 *           likewise for COI. Hence ECI_py = ECI_stata · √(R / (R − 1/I)): 0.17% larger at
 *           R = 10, I = 30 (trade_sample_1995_1996), negligible for hundreds of regions.
 *           reference: standardise with another year's (m, s) and (m_o, s_o), so that values of
 *           different years share one scale; the raw scale is the eigenvector normalised to
 *           ‖U^½ kp‖ = 1 (second-eigenvector.ts), a convention of this code (the eigenvector's
 *           length is arbitrary): read cross-year differences as indicative.
 * Edge cases one region (or all kc equal): s = 0 → NaN (undefined, left out with a warning).
 * Cost      O(R + I).
 * References cid-harvard/ecomplexity ecomplexity.ado (normalisation block);
 *           cid-harvard/py-ecomplexity ecomplexity.py `calc_eci_pci`.
 */
export type ComplexityConvention = 'stata' | 'py';

export interface Standardiser {
  mean: number;
  sd: number;
}

/** Mean and sd of a per-region vector under a convention (I = number of industries). */
export function standardiser(
  v: ArrayLike<number>,
  industries: number,
  convention: ComplexityConvention = 'stata',
): Standardiser {
  const n = v.length;
  let m = 0;
  for (let k = 0; k < n; k++) m += v[k];
  m /= n;
  let ss = 0;
  for (let k = 0; k < n; k++) ss += (v[k] - m) ** 2;
  const sd =
    convention === 'py' ? Math.sqrt(ss / n) : Math.sqrt((industries * ss) / (n * industries - 1));
  return { mean: m, sd };
}

export function standardise(v: ArrayLike<number>, s: Standardiser): Float64Array {
  const out = new Float64Array(v.length);
  for (let k = 0; k < v.length; k++) out[k] = (v[k] - s.mean) / s.sd;
  return out;
}
