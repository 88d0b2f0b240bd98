import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { complexityOutlookIndex } from './complexity-outlook-index.ts';
import { density } from './density.ts';
import { densityAndGain } from './density-and-gain.ts';
import { eciPci } from './eci-pci.ts';
import { fitnessComplexity } from './fitness-complexity.ts';
import { methodOfReflections } from './method-of-reflections.ts';
import { presenceMatrix, type PresenceMatrix } from './presence-matrix.ts';
import { proximityIndustry } from './proximity-industry.ts';
import { proximityRegion } from './proximity-region.ts';
import { referenceYearMatrix } from './reference-year-matrix.ts';
import { relatednessProbability } from './relatedness-probability.ts';
import {
  standardise,
  standardiser,
  type ComplexityConvention,
  type Standardiser,
} from './standardise-complexity.ts';
import { locationQuotient } from '../concentration/location-quotient.ts';
import { matrixFromLong } from '../matrix/matrix-from-long.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export type ComplexityKind = 'cell' | 'region' | 'industry' | 'industry_pair' | 'region_pair';

export interface ComplexityOptions {
  /** M = RCA ≥ threshold (default 1). */
  threshold?: number;
  /** eci/pci/coi/cog: 'eigen' (default) or 'reflections'; relatedness: 'prob' (default) or 'association'. */
  method?: string;
  /** 'stata' (default) or 'py' standardisation (standardise-complexity.ts). */
  convention?: ComplexityConvention;
  /** Values are M already: true, false, or 'auto' (default: all 0/1). */
  binary?: boolean | 'auto';
}

/** Mean/sd of another year's raw ECI and COI (--reference-year). */
export interface ComplexityScales {
  eci: Standardiser;
  coi: Standardiser;
}

export const COMPLEXITY_METRICS: Readonly<
  Record<string, { kind: ComplexityKind; description: string }>
> = {
  rca: { kind: 'cell', description: 'Revealed comparative advantage (x_ri/X_r)/(X_i/X)' },
  mcp: { kind: 'cell', description: 'M: 1 if RCA ≥ --threshold (default 1)' },
  diversity: { kind: 'region', description: 'Diversity: industries with M = 1' },
  ubiquity: { kind: 'industry', description: 'Ubiquity: regions with M = 1' },
  eci: {
    kind: 'region',
    description:
      'Economic complexity index (Stata ecomplexity conventions; --method reflections, --convention py)',
  },
  pci: {
    kind: 'industry',
    description: 'Product/industry complexity index (standardised by ECI, as Stata)',
  },
  fitness: { kind: 'region', description: 'Fitness of regions (Tacchella et al. 2012)' },
  fitness_complexity: {
    kind: 'industry',
    description: 'Complexity of industries in the fitness-complexity algorithm',
  },
  proximity_industry: {
    kind: 'industry_pair',
    description: 'Industry proximity C_ij/max(u_i,u_j)',
  },
  proximity_region: { kind: 'region_pair', description: 'Region proximity C_rs/max(d_r,d_s)' },
  density: {
    kind: 'cell',
    description: 'Density Σ_k M_rk φ_ki / Σ_k φ_ki (diagonal left out, as Stata)',
  },
  coi: { kind: 'region', description: 'Complexity outlook index (Stata conventions)' },
  cog: { kind: 'cell', description: 'Complexity outlook gain (Stata conventions)' },
  relatedness: {
    kind: 'industry_pair',
    description: 'EconGeo relatedness from co-occurrence (--method prob | association)',
  },
};

export function isComplexityMetric(name: string): boolean {
  return Object.hasOwn(COMPLEXITY_METRICS, name);
}

export interface ComplexityValues {
  kind: ComplexityKind;
  regions: readonly string[];
  industries: readonly string[];
  values: Float64Array;
  warnings: AtlasWarning[];
}

interface Raw {
  presence: PresenceMatrix;
  rca: Float64Array | null;
  kc: Float64Array;
  kp: Float64Array;
  warnings: AtlasWarning[];
}

function raw(m: RegionIndustryMatrix, opts: ComplexityOptions): Raw {
  const { presence, rca, warnings } = presenceMatrix(m, {
    threshold: opts.threshold,
    binary: opts.binary,
  });
  const method = opts.method ?? 'eigen';
  if (method === 'reflections') {
    const { kc, kp } = methodOfReflections(presence);
    return { presence, rca, kc, kp, warnings };
  }
  if (method !== 'eigen' && method !== 'eigenvector')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--method must be eigen or reflections for ECI, not ${method}`,
    );
  const e = eciPci(presence);
  return { presence, rca, kc: e.kc, kp: e.kp, warnings: [...warnings, ...e.warnings] };
}

/** Proximity, then density and raw COG in one pass, then raw COI. */
function phiAndCoi(r: Raw): {
  phi: Float64Array;
  dens: Float64Array;
  coi: Float64Array;
  cog: Float64Array;
} {
  const phi = proximityIndustry(r.presence);
  const { density: dens, cog } = densityAndGain(r.presence, phi, r.kp);
  return { phi, dens, coi: complexityOutlookIndex(r.presence, dens, r.kp), cog };
}

/** The reference year's scales: raw ECI and COI mean/sd under the convention. */
export function complexityScales(
  m: RegionIndustryMatrix,
  opts: ComplexityOptions,
): ComplexityScales {
  const r = raw(m, opts);
  const c = opts.convention ?? 'stata';
  return {
    eci: standardiser(r.kc, r.presence.cols, c),
    coi: standardiser(phiAndCoi(r).coi, r.presence.cols, c),
  };
}

/** One complexity metric on one matrix (one year). */
export function complexityMetric(
  name: string,
  m: RegionIndustryMatrix,
  opts: ComplexityOptions = {},
  scales?: ComplexityScales,
): ComplexityValues {
  const def = COMPLEXITY_METRICS[name];
  if (!def)
    throw new AtlasError('ATLAS_E_UNKNOWN_NAME', `Unknown complexity metric "${name}"`, { name });
  const out: Out = (p, values, warnings) => ({
    kind: def.kind,
    regions: p.regions,
    industries: p.industries,
    values,
    warnings,
  });
  return presenceMetric(name, m, opts, out) ?? eciMetric(name, m, opts, scales, out);
}

type Out = (p: PresenceMatrix, values: Float64Array, warnings: AtlasWarning[]) => ComplexityValues;

/** The metrics read off the presence matrix alone (undefined for the ECI family). */
function presenceMetric(
  name: string,
  m: RegionIndustryMatrix,
  opts: ComplexityOptions,
  out: Out,
): ComplexityValues | undefined {
  if (name === 'rca' || name === 'mcp' || name === 'diversity' || name === 'ubiquity') {
    const { presence, rca, warnings } = presenceMatrix(m, {
      threshold: opts.threshold,
      binary: opts.binary,
    });
    if (name === 'diversity') return out(presence, presence.diversity, warnings);
    if (name === 'ubiquity') return out(presence, presence.ubiquity, warnings);
    // rca and mcp keep every region and industry of the input; rca is computed even on 0/1 input.
    const t = opts.threshold ?? 1;
    const values =
      name === 'rca'
        ? (rca ?? locationQuotient(m))
        : rca
          ? Float64Array.from(rca, (x) => (x >= t ? 1 : 0))
          : Float64Array.from(m.values);
    return { kind: 'cell', regions: m.regions, industries: m.industries, values, warnings: [] };
  }
  if (name === 'fitness' || name === 'fitness_complexity') {
    const { presence, warnings } = presenceMatrix(m, {
      threshold: opts.threshold,
      binary: opts.binary,
    });
    const f = fitnessComplexity(presence);
    return out(presence, name === 'fitness' ? f.fitness : f.complexity, [
      ...warnings,
      ...f.warnings,
    ]);
  }
  if (name === 'relatedness') {
    const { presence, warnings } = presenceMatrix(m, {
      threshold: opts.threshold,
      binary: opts.binary,
    });
    const method = opts.method ?? 'prob';
    if (method !== 'prob' && method !== 'association')
      throw new AtlasError(
        'ATLAS_E_USAGE',
        `--method must be prob or association for relatedness, not ${method}`,
      );
    return out(presence, relatednessProbability(presence, method), warnings);
  }
  if (name === 'density') {
    const { presence, warnings } = presenceMatrix(m, {
      threshold: opts.threshold,
      binary: opts.binary,
    });
    return out(presence, density(presence, proximityIndustry(presence)), warnings);
  }
  if (name === 'proximity_industry' || name === 'proximity_region') {
    const { presence, warnings } = presenceMatrix(m, {
      threshold: opts.threshold,
      binary: opts.binary,
    });
    return out(
      presence,
      name === 'proximity_industry' ? proximityIndustry(presence) : proximityRegion(presence),
      warnings,
    );
  }
  return undefined;
}

/** ECI, PCI, COI and COG: eigenvector (or reflections) complexity, standardised. */
function eciMetric(
  name: string,
  m: RegionIndustryMatrix,
  opts: ComplexityOptions,
  scales: ComplexityScales | undefined,
  out: Out,
): ComplexityValues {
  const conv = opts.convention ?? 'stata';
  const r = raw(m, opts);
  const I = r.presence.cols;
  const eciScale = scales?.eci ?? standardiser(r.kc, I, conv);
  if (name === 'eci') return out(r.presence, standardise(r.kc, eciScale), r.warnings);
  if (name === 'pci') return out(r.presence, standardise(r.kp, eciScale), r.warnings);
  const { coi, cog } = phiAndCoi(r);
  if (name === 'coi')
    return out(r.presence, standardise(coi, scales?.coi ?? standardiser(coi, I, conv)), r.warnings);
  for (let k = 0; k < cog.length; k++) cog[k] /= eciScale.sd;
  return out(r.presence, cog, r.warnings);
}

export interface YearCell {
  year: string;
  region: string;
  industry: string;
  value: number;
}

/**
 * A metric for each year of long rows (each year its own matrix, empties
 * dropped per year); with `referenceYear`, ECI/PCI/COG/COI of every year use
 * that year's mean and sd. Rows come back with the year first.
 */
export function complexityByYear(
  name: string,
  cells: readonly YearCell[],
  opts: ComplexityOptions & { referenceYear?: string } = {},
): { years: string[]; results: Map<string, ComplexityValues>; warnings: AtlasWarning[] } {
  const byYear = new Map<string, YearCell[]>();
  for (const c of cells) {
    let list = byYear.get(c.year);
    if (!list) byYear.set(c.year, (list = []));
    list.push(c);
  }
  const years = [...byYear.keys()].sort();
  const matrices = new Map<string, RegionIndustryMatrix>();
  const warnings: AtlasWarning[] = [];
  for (const y of years) {
    const { matrix, warnings: w } = matrixFromLong(byYear.get(y) as YearCell[]);
    matrices.set(y, matrix);
    warnings.push(...w.map((x) => ({ ...x, message: y ? `${y}: ${x.message}` : x.message })));
  }
  return complexityOfYears(name, years, matrices, warnings, opts);
}

/**
 * complexityByYear once the matrices are built (a columnar reader builds
 * them without one object per cell): `years` sorted, `warnings` those of
 * building them; the reference year's scales, if asked, apply to every year.
 */
export function complexityOfYears(
  name: string,
  years: string[],
  matrices: Map<string, RegionIndustryMatrix>,
  warnings: AtlasWarning[],
  opts: ComplexityOptions & { referenceYear?: string } = {},
): { years: string[]; results: Map<string, ComplexityValues>; warnings: AtlasWarning[] } {
  const ref = referenceYearMatrix(opts.referenceYear, years, matrices);
  const scales = ref && complexityScales(ref, opts);
  const results = new Map<string, ComplexityValues>();
  for (const y of years) {
    const r = complexityMetric(name, matrices.get(y) as RegionIndustryMatrix, opts, scales);
    results.set(y, r);
    warnings.push(
      ...r.warnings.map((x) => ({ ...x, message: y ? `${y}: ${x.message}` : x.message })),
    );
  }
  return { years, results, warnings };
}

/** Rows for output: columns per kind; NaN values left out with ATLAS_W_METRIC_UNDEFINED. */
export function complexityRows(
  name: string,
  v: ComplexityValues,
  year?: string,
): { columns: string[]; rows: Record<string, string | number>[]; warnings: AtlasWarning[] } {
  const rows: Record<string, string | number>[] = [];
  const undef: string[] = [];
  const y: Record<string, string> = year === undefined ? {} : { year };
  const push = (row: Record<string, string | number>, label: string, value: number) => {
    if (Number.isNaN(value)) undef.push(label);
    else rows.push({ ...y, ...row, value });
  };
  const { regions: R, industries: I, values } = v;
  let columns: string[];
  if (v.kind === 'cell') {
    columns = ['region', 'industry', 'value'];
    R.forEach((region, r) =>
      I.forEach((industry, i) =>
        push({ region, industry }, `${region} × ${industry}`, values[r * I.length + i]),
      ),
    );
  } else if (v.kind === 'region') {
    columns = ['region', 'value'];
    R.forEach((region, r) => push({ region }, region, values[r]));
  } else if (v.kind === 'industry') {
    columns = ['industry', 'value'];
    I.forEach((industry, i) => push({ industry }, industry, values[i]));
  } else {
    columns = ['a', 'b', 'value'];
    const L = v.kind === 'industry_pair' ? I : R;
    for (let a = 0; a < L.length; a++)
      for (let b = a + 1; b < L.length; b++)
        push({ a: L[a], b: L[b] }, `${L[a]} – ${L[b]}`, values[a * L.length + b]);
  }
  const warnings = undef.length
    ? [
        warning(
          'ATLAS_W_METRIC_UNDEFINED',
          `${year === undefined ? '' : `${year}: `}${name} is undefined for ${undef.length} unit(s): ${undef.slice(0, 10).join(', ')}${undef.length > 10 ? ', …' : ''}`,
          { metric: name, units: undef },
        ),
      ]
    : [];
  return { columns: year === undefined ? columns : ['year', ...columns], rows, warnings };
}
