import { AtlasError, warning } from '../../core/errors.ts';
import { concentrationRatio } from '../../analytics/concentration/concentration-ratio.ts';
import { concentrationRatioFirms } from '../../analytics/concentration/concentration-ratio-firms.ts';
import { ellisonGlaeser } from '../../analytics/concentration/ellison-glaeser.ts';
import { entropyRegion } from '../../analytics/concentration/entropy-region.ts';
import { giniIndustry } from '../../analytics/concentration/gini-industry.ts';
import { hachmanIndex } from '../../analytics/concentration/hachman-index.ts';
import { hhiIndustry } from '../../analytics/concentration/hhi-industry.ts';
import { hhiRegion } from '../../analytics/concentration/hhi-region.ts';
import { hooverLocalisation } from '../../analytics/concentration/hoover-localisation.ts';
import { krugmanDissimilarity } from '../../analytics/concentration/krugman-dissimilarity.ts';
import { krugmanSpecialisation } from '../../analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../../analytics/concentration/location-quotient.ts';
import { locationQuotientNational } from '../../analytics/concentration/location-quotient-national.ts';
import { locationalGini } from '../../analytics/concentration/locational-gini.ts';
import { maurelSedillot } from '../../analytics/concentration/maurel-sedillot.ts';
import { starRatingECO } from '../../analytics/concentration/star-rating-eco.ts';
import { strongClustersUSCMP } from '../../analytics/concentration/strong-clusters-uscmp.ts';
import { structureSimilarity } from '../../analytics/concentration/structure-similarity.ts';
import { theilRegion } from '../../analytics/concentration/theil-region.ts';
import { firmTable, type FirmTable } from '../../analytics/matrix/firm-table.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import { complexityMetricDefs } from '../complexity/complexity-metrics.ts';
import { nationalEmploymentReference } from './national-reference.ts';
import { cellResult } from './cell-result.ts';
import { METRIC_COLUMNS } from './metric-columns.ts';
import type {
  MetricDefinition,
  MetricKind,
  MetricOptions,
  MetricResult,
  MetricRow,
} from './metric-definition.ts';
import { undefinedWarning } from './undefined-warning.ts';

export { cellResult } from './cell-result.ts';
export type {
  CellGrid,
  MetricDefinition,
  MetricKind,
  MetricOptions,
  MetricResult,
  MetricRow,
} from './metric-definition.ts';

/** Turns a kernel's typed array into rows; NaN (undefined) units are left out with a warning. */
function rowsOf(
  kind: MetricKind,
  labels: { regions?: readonly string[]; industries?: readonly string[] },
  v: Float64Array,
  metric: string,
): MetricResult {
  const regions = labels.regions ?? [];
  const industries = labels.industries ?? [];
  if (kind === 'cell') return cellResult({ regions, industries, values: v }, metric);
  const rows: MetricRow[] = [];
  const undefinedUnits: string[] = [];
  const push = (row: MetricRow, name: string, value: number) => {
    if (Number.isNaN(value)) undefinedUnits.push(name);
    else rows.push({ ...row, value });
  };
  if (kind === 'region') {
    regions.forEach((region, r) => push({ region }, region, v[r]));
  } else if (kind === 'industry') {
    industries.forEach((industry, i) => push({ industry }, industry, v[i]));
  } else {
    let k = 0;
    for (let a = 0; a < regions.length; a++)
      for (let b = a + 1; b < regions.length; b++, k++)
        push({ a: regions[a], b: regions[b] }, `${regions[a]} – ${regions[b]}`, v[k]);
  }
  return {
    kind,
    columns: METRIC_COLUMNS[kind],
    rows,
    warnings: undefinedWarning(metric, undefinedUnits),
  };
}

function needMatrix(m: RegionIndustryMatrix | null, name: string): RegionIndustryMatrix {
  if (!m)
    throw new AtlasError('ATLAS_E_USAGE', `metric ${name} needs --matrix FILE`, { metric: name });
  return m;
}

function needFirms(opts: MetricOptions, name: string): FirmTable {
  if (!opts.firms)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `metric ${name} needs --firms FILE (region,industry,firm,value)`,
      {
        metric: name,
      },
    );
  return opts.firms;
}

/** A matrix metric over its labels. */
function onMatrix(
  kind: MetricKind,
  description: string,
  kernel: (m: RegionIndustryMatrix, opts: MetricOptions) => Float64Array,
): (name: string) => MetricDefinition {
  return (name) => ({
    kind,
    description,
    input: 'matrix',
    compute: (matrix, opts) => {
      const m = needMatrix(matrix, name);
      return rowsOf(kind, m, kernel(m, opts), name);
    },
  });
}

/**
 * Region shares for EG/MS: firms re-indexed so that their regions line up
 * with the totals vector (given totals, else the matrix's row sums, else none
 * → the firms' own totals).
 */
function firmsWithTotals(
  matrix: RegionIndustryMatrix | null,
  opts: MetricOptions,
  name: string,
): { firms: FirmTable; totals?: Float64Array } {
  const firms = needFirms(opts, name);
  let totals = opts.regionTotals;
  if (!totals && matrix) {
    totals = new Map();
    for (let r = 0; r < matrix.rows; r++) {
      let s = 0;
      for (let i = 0; i < matrix.cols; i++) s += matrix.values[r * matrix.cols + i];
      totals.set(matrix.regions[r], s);
    }
  }
  if (!totals) return { firms };
  const regions = [...totals.keys()];
  const known = new Set(regions);
  const unknown = [...new Set(firms.regions.filter((r) => !known.has(r)))];
  if (unknown.length) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `firms lie in region(s) with no total: ${unknown.join(', ')}`,
      { regions: unknown },
    );
  }
  const rows = firms.firms.map((firm, k) => ({
    region: firms.regions[firms.region[k]],
    industry: firms.industries[firms.industry[k]],
    firm,
    value: firms.value[k],
  }));
  return {
    firms: firmTable(rows, regions),
    totals: Float64Array.from(regions, (r) => totals.get(r) as number),
  };
}

/** Firm counts per matrix cell (establishments), from the firm table. */
function establishments(m: RegionIndustryMatrix, firms: FirmTable): Float64Array {
  const ri = new Map(m.regions.map((r, k) => [r, k]));
  const ii = new Map(m.industries.map((r, k) => [r, k]));
  const out = new Float64Array(m.rows * m.cols);
  for (let k = 0; k < firms.value.length; k++) {
    const r = ri.get(firms.regions[firms.region[k]]);
    const i = ii.get(firms.industries[firms.industry[k]]);
    if (r !== undefined && i !== undefined) out[r * m.cols + i]++;
  }
  return out;
}

/** Another matrix's values laid out on m's labels (missing cells 0). */
function aligned(m: RegionIndustryMatrix, other: RegionIndustryMatrix): Float64Array {
  const ri = new Map(other.regions.map((r, k) => [r, k]));
  const ii = new Map(other.industries.map((r, k) => [r, k]));
  const out = new Float64Array(m.rows * m.cols);
  m.regions.forEach((region, r) => {
    const ro = ri.get(region);
    if (ro === undefined) return;
    m.industries.forEach((industry, i) => {
      const io = ii.get(industry);
      if (io !== undefined) out[r * m.cols + i] = other.values[ro * other.cols + io];
    });
  });
  return out;
}

const defs: Record<string, (name: string) => MetricDefinition> = {
  lq: onMatrix('cell', 'Location quotient (x_ri/X_r)/(X_i/X)', (m) => locationQuotient(m)),
  lq_national: (name) => ({
    kind: 'cell',
    description:
      'Location quotient against the national employment structure (x_ri/X_r)/(E_i/E), E: China by GB/T 4754 division 1990-2018',
    input: 'matrix',
    compute: (matrix, opts) => {
      const m = needMatrix(matrix, name);
      const ref = nationalEmploymentReference(m.industries, opts.year);
      const result = rowsOf('cell', m, locationQuotientNational(m, ref.values), name);
      const warnings = [...ref.warnings];
      if (opts.measure && opts.measure !== 'employees')
        warnings.push(
          warning(
            'ATLAS_W_REFERENCE_MEASURE',
            `The matrix is measured by ${opts.measure}; the national reference is employment (${ref.year})`,
            { measure: opts.measure, reference: 'employees', year: ref.year },
          ),
        );
      return { ...result, warnings: [...warnings, ...result.warnings] };
    },
  }),
  hhi_region: onMatrix('region', 'Herfindahl of a region over industries', (m, o) =>
    hhiRegion(m, { normalized: o.normalized }),
  ),
  hhi_industry: onMatrix('industry', 'Herfindahl of an industry over regions', (m, o) =>
    hhiIndustry(m, { normalized: o.normalized }),
  ),
  gini_industry: onMatrix('industry', 'Gini of an industry across regions', (m) => giniIndustry(m)),
  locational_gini: onMatrix('industry', 'Locational Gini (EconGeo convention, max 0.5)', (m) =>
    locationalGini(m),
  ),
  hoover: onMatrix('industry', 'Hoover localisation coefficient', (m) => hooverLocalisation(m)),
  krugman: onMatrix('region', 'Krugman specialisation Σ|s_ri − s_i|', (m) =>
    krugmanSpecialisation(m),
  ),
  krugman_dissimilarity: onMatrix('pair', 'Krugman dissimilarity Σ|s_ai − s_bi|', (m) =>
    krugmanDissimilarity(m),
  ),
  theil: onMatrix('region', 'Theil index Σ s ln(n s)', (m) => theilRegion(m)),
  entropy: onMatrix('region', 'Shannon entropy −Σ f log2 f', (m) => entropyRegion(m)),
  hachman: onMatrix('region', 'Hachman index 1/Σ LQ·s', (m) => hachmanIndex(m)),
  similarity: onMatrix('pair', 'Structure-similarity coefficient (cosine of shares)', (m) =>
    structureSimilarity(m),
  ),
  strong_cluster: onMatrix('cell', 'US Cluster Mapping strong-cluster flag (1/0)', (m, o) =>
    strongClustersUSCMP(m, { establishments: o.firms ? establishments(m, o.firms) : undefined }),
  ),
  star_rating: onMatrix('cell', 'European Cluster Observatory stars (0-3)', (m, o) =>
    starRatingECO(m, { output: o.output ? aligned(m, o.output) : undefined }),
  ),
  crn: (name) => ({
    kind: 'industry',
    description: 'Share of the n largest firms (--firms) or regions (--matrix)',
    input: 'either',
    compute: (matrix, opts) =>
      opts.firms
        ? rowsOf('industry', opts.firms, concentrationRatioFirms(opts.firms, opts.n ?? 4), name)
        : rowsOf(
            'industry',
            needMatrix(matrix, name),
            concentrationRatio(needMatrix(matrix, name), opts.n ?? 4),
            name,
          ),
  }),
  eg: (name) => ({
    kind: 'industry',
    description: 'Ellison-Glaeser agglomeration (firm-level; REAT ellison.a convention)',
    input: 'firms',
    compute: (matrix, opts) => {
      const { firms, totals } = firmsWithTotals(matrix, opts, name);
      return rowsOf('industry', firms, ellisonGlaeser(firms, totals), name);
    },
  }),
  ms: (name) => ({
    kind: 'industry',
    description: 'Maurel-Sédillot agglomeration (firm-level)',
    input: 'firms',
    compute: (matrix, opts) => {
      const { firms, totals } = firmsWithTotals(matrix, opts, name);
      return rowsOf('industry', firms, maurelSedillot(firms, totals), name);
    },
  }),
  ...complexityMetricDefs,
};

/** Every metric by its CLI/API name. */
export const metricRegistry: Readonly<Record<string, MetricDefinition>> = Object.fromEntries(
  Object.entries(defs).map(([name, make]) => [name, make(name)]),
);

export function getMetric(name: string): MetricDefinition {
  const def = metricRegistry[name];
  if (!def) {
    throw new AtlasError(
      'ATLAS_E_UNKNOWN_NAME',
      `Unknown metric "${name}"; one of: ${Object.keys(metricRegistry).join(', ')}`,
      { name, allowed: Object.keys(metricRegistry) },
    );
  }
  return def;
}
