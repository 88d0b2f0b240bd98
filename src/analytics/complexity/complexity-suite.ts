/**
 * The whole economic-complexity suite of one region × industry matrix in one
 * pass through the kernels: RCA, M, diversity, ubiquity, ECI, PCI, density,
 * COI and COG, each equal to the single metric of complexity-metric.ts.
 *
 * Formula   RCA_ri = (x_ri/X_r)/(X_i/X); M_ri = [RCA_ri ≥ t]; d_r = Σ_i M_ri; u_i = Σ_r M_ri
 *           (rca-presence.ts); kp, kc: λ2 eigenvector of Ũ⁻¹Mᵀ D⁻¹M and D⁻¹M kp (eci-pci.ts)
 *           or the method of reflections; φ_ij = C_ij / max(u_i, u_j) (proximity-industry.ts);
 *           density ω and raw COG in one pass over φ's rows (density-and-gain.ts);
 *           raw COI_r = Σ_i (1 − M_ri) ω_ri kp_i (complexity-outlook-index.ts).
 *           ECI = (kc − mean)/sd, PCI = (kp − mean_kc)/sd_kc, COG = cog/sd_kc,
 *           COI = (coi − mean)/sd (standardise-complexity.ts).
 * Convention Stata ecomplexity (default) or py-ecomplexity's standardisation; scales of
 *           another year when given (`--reference-year`). Like py-ecomplexity's output frame:
 *           every cell of the input carries RCA and M; the measures of M (diversity, ECI, …)
 *           on every region and industry.
 * Edge cases Regions or industries M leaves empty (a threshold above 1) are dropped by
 *           presence-matrix.ts with ATLAS_W_EMPTY_DROPPED: their diversity/ubiquity is 0 and
 *           their ECI/PCI/COI, density and COG are NaN here. 0/1 input is M itself; RCA is
 *           then the location quotient of the 0/1 values, as `atlas metric rca`.
 * Cost      one fused RCA → M pass, one Lanczos run, one proximity (bitset popcounts), one
 *           density + COG pass: O(k·nnz(M) + I²·R/32 + Σ_r d_r·I); proximity computed once.
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575; Hausmann, Hidalgo et al. (2014)
 *           The Atlas of Economic Complexity, MIT Press; cid-harvard/ecomplexity (Stata) and
 *           cid-harvard/py-ecomplexity (its output frame).
 */
import { AtlasError, type AtlasWarning } from '../../core/errors.ts';
import { locationQuotient } from '../concentration/location-quotient.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { complexityOutlookIndex } from './complexity-outlook-index.ts';
import type { ComplexityOptions, ComplexityScales } from './complexity-metric.ts';
import { densityAndGain } from './density-and-gain.ts';
import { eciPci } from './eci-pci.ts';
import { methodOfReflections } from './method-of-reflections.ts';
import { presenceMatrix, type PresenceMatrix } from './presence-matrix.ts';
import { proximityIndustry } from './proximity-industry.ts';
import { standardise, standardiser } from './standardise-complexity.ts';

/** Every measure of the suite on the input's grid (row-major R × I; NaN where undefined). */
export interface ComplexitySuite {
  regions: readonly string[];
  industries: readonly string[];
  /** Cells: the input value, RCA, M (0/1), density, COG. */
  value: Float64Array;
  rca: Float64Array;
  mcp: Float64Array;
  density: Float64Array;
  cog: Float64Array;
  /** Regions: diversity, ECI, COI. */
  diversity: Float64Array;
  eci: Float64Array;
  coi: Float64Array;
  /** Industries: ubiquity, PCI. */
  ubiquity: Float64Array;
  pci: Float64Array;
  warnings: AtlasWarning[];
}

/** Raw kc, kp by the method asked (eigen by default), as complexity-metric.ts. */
function rawComplexity(p: PresenceMatrix, method: string) {
  if (method === 'reflections') return { ...methodOfReflections(p), warnings: [] };
  if (method !== 'eigen' && method !== 'eigenvector')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--method must be eigen or reflections for ECI, not ${method}`,
    );
  return eciPci(p);
}

export function complexitySuite(
  m: RegionIndustryMatrix,
  opts: ComplexityOptions = {},
  scales?: ComplexityScales,
): ComplexitySuite {
  const t = opts.threshold ?? 1;
  const { presence: p, rca, warnings } = presenceMatrix(m, { threshold: t, binary: opts.binary });
  const raw = rawComplexity(p, opts.method ?? 'eigen');
  const conv = opts.convention ?? 'stata';
  const eciScale = scales?.eci ?? standardiser(raw.kc, p.cols, conv);
  const phi = proximityIndustry(p);
  const dg = densityAndGain(p, phi, raw.kp);
  const coiRaw = complexityOutlookIndex(p, dg.density, raw.kp);
  const cog = dg.cog;
  for (let k = 0; k < cog.length; k++) cog[k] /= eciScale.sd;
  const place = placer(m, p);
  return {
    regions: m.regions,
    industries: m.industries,
    value: m.values,
    rca: rca ?? locationQuotient(m),
    // M on the input's grid is the presence matrix's own values when nothing was dropped.
    mcp: p.rows === m.rows && p.cols === m.cols && rca ? p.values : presenceOf(rca, m.values, t),
    density: place.cells(dg.density),
    cog: place.cells(cog),
    diversity: place.regions(p.diversity, 0),
    eci: place.regions(standardise(raw.kc, eciScale), NaN),
    coi: place.regions(standardise(coiRaw, scales?.coi ?? standardiser(coiRaw, p.cols, conv)), NaN),
    ubiquity: place.industries(p.ubiquity, 0),
    pci: place.industries(standardise(raw.kp, eciScale), NaN),
    warnings: [...warnings, ...raw.warnings],
  };
}

/** M on the input's grid: RCA ≥ t, or the 0/1 input itself (a loop: `from` with a callback is slow). */
function presenceOf(rca: Float64Array | null, values: Float64Array, t: number): Float64Array {
  if (!rca) return values.slice();
  const out = new Float64Array(rca.length);
  for (let k = 0; k < rca.length; k++) out[k] = rca[k] >= t ? 1 : 0;
  return out;
}

/** Index of each of `all`'s labels in `kept` (a subsequence of it), −1 when dropped. */
function positions(all: readonly string[], kept: readonly string[]): Int32Array {
  const at = new Int32Array(all.length).fill(-1);
  for (let j = 0, q = 0; j < all.length && q < kept.length; j++)
    if (all[j] === kept[q]) at[j] = q++;
  return at;
}

/** Moves values of M's grid (dropped regions/industries absent) onto the input's grid. */
function placer(m: RegionIndustryMatrix, p: PresenceMatrix) {
  const same = p.rows === m.rows && p.cols === m.cols;
  const rowAt = same ? null : positions(m.regions, p.regions);
  const colAt = same ? null : positions(m.industries, p.industries);
  const spread = (v: Float64Array, at: Int32Array | null, fill: number) =>
    at ? Float64Array.from(at, (q) => (q < 0 ? fill : v[q])) : v;
  return {
    regions: (v: Float64Array, fill: number) => spread(v, rowAt, fill),
    industries: (v: Float64Array, fill: number) => spread(v, colAt, fill),
    cells(v: Float64Array): Float64Array {
      if (!rowAt || !colAt) return v;
      const out = new Float64Array(m.rows * m.cols).fill(NaN);
      for (let r = 0; r < m.rows; r++) {
        const pr = rowAt[r];
        if (pr < 0) continue;
        for (let i = 0; i < m.cols; i++)
          if (colAt[i] >= 0) out[r * m.cols + i] = v[pr * p.cols + colAt[i]];
      }
      return out;
    },
  };
}
