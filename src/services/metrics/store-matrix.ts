import { declareAggregates, type Contribution } from '../../core/access/disclosure.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { firmTable } from '../../analytics/matrix/firm-table.ts';
import { dropEmpty } from '../../analytics/matrix/drop-empty.ts';
import { regionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import type { Duck } from '../../store/duck.ts';
import { cachedResult, cacheKey } from '../cache.ts';
import { statisticsMatrix } from './statistics-matrix.ts';
import {
  readIndustryNames,
  readMeasureYears,
  readListedShare,
  readMetricOrgs,
  readRegionNames,
  type NamedCode,
} from '../../store/queries/metric-matrix.ts';
import type { MetricMeasure } from '../../core/model/metric-matrix.ts';
import type { StoreMatrixOptions, StoreMatrixInfo, StoreMatrix } from './store-matrix-shapes.ts';

/** Above this share of listed enterprises a count defaults to listed firms only. */
const LISTED_MAJORITY = 0.5;

type Placed = { region: string; industry: string; value: number };

export type { StoreMatrixOptions, StoreMatrixInfo, StoreMatrix } from './store-matrix-shapes.ts';

/** Regions and industries in code order (screens and CSV read better so); empties dropped. */
function sortedMatrix(placed: readonly Placed[]) {
  const regions = [...new Set(placed.map((o) => o.region))].sort();
  const industries = [...new Set(placed.map((o) => o.industry))].sort();
  const ri = new Map(regions.map((c, k) => [c, k]));
  const ii = new Map(industries.map((c, k) => [c, k]));
  const values = new Float64Array(regions.length * industries.length);
  for (const o of placed)
    values[(ri.get(o.region) as number) * industries.length + (ii.get(o.industry) as number)] +=
      o.value;
  return dropEmpty(regionIndustryMatrix(regions, industries, values));
}

/**
 * The region × industry matrix of the atlas: each organisation adds its
 * measure (employees, revenue, output of one year, or 1 for count) to the
 * cell of its region at the level asked and its primary — first listed —
 * industry, so that no organisation is counted twice. Organisations that
 * cannot be placed are counted and reported, as are secondary industries
 * ignored and the synthetic share.
 */
export function storeMatrix(db: Duck, opts: StoreMatrixOptions = {}): Promise<StoreMatrix> {
  // Kept until the next write (services/cache.ts), keyed by the matrix's own options only.
  const own: StoreMatrixOptions = {
    source: opts.source,
    measure: opts.measure,
    year: opts.year,
    regionLevel: opts.regionLevel,
    industryLevel: opts.industryLevel,
    synthetic: opts.synthetic,
    kind: opts.kind,
    population: opts.population,
  };
  return cachedResult(db, cacheKey('store-matrix', own), () => buildStoreMatrix(db, own));
}

async function buildStoreMatrix(db: Duck, opts: StoreMatrixOptions): Promise<StoreMatrix> {
  if (opts.source === 'statistics') {
    // Published statistics, not firms' figures: declared public.
    const s = await statisticsMatrix(db, opts);
    declareMatrixTotals('count', [], s.info);
    return s;
  }
  const { measure, year, years } = await matrixMeasure(db, opts);
  const regionLevel = opts.regionLevel ?? 'province';
  const industryLevel = opts.industryLevel ?? 2;
  const synthetic = opts.synthetic ?? 'include';
  const population =
    opts.population ??
    (measure === 'count' && (await readListedShare(db)) > LISTED_MAJORITY ? 'listed' : 'all');
  const orgs = await readMetricOrgs(db, {
    measure,
    year,
    regionLevel,
    industryLevel,
    synthetic,
    kind: opts.kind,
    population,
  });

  const placed = orgs.filter((o) => o.region !== null && o.industry !== null);
  const noRegion = orgs.filter((o) => o.region === null).length;
  const noIndustry = orgs.filter((o) => o.region !== null && o.industry === null).length;
  if (placed.length === 0) {
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `No organisation can be placed at region level ${regionLevel} and industry level ${industryLevel} with a value of ${measure}${year === null ? '' : ` in ${year}`}`,
      { measure, year, regionLevel, industryLevel, noRegion, noIndustry },
    );
  }
  const built = sortedMatrix(placed as Placed[]);
  const { matrix } = built;
  const firms = firmTable(
    placed.map((o) => ({
      region: o.region as string,
      industry: o.industry as string,
      firm: o.id,
      value: o.value,
    })),
  );

  const t = placedTotals(placed);
  const { total, syntheticValue, syntheticOrganizations, listedOrganizations } = t;
  const syntheticShare = total > 0 ? syntheticValue / total : 0;
  const warnings = [
    ...built.warnings,
    ...matrixWarnings(
      { noRegion, noIndustry, regionLevel, industryLevel, measure },
      t,
      placed.length,
    ),
  ];

  const names = await matrixNames(db, matrix, industryLevel);
  return {
    matrix,
    firms,
    info: declareMatrixTotals(measure, placed, {
      source: 'organizations',
      measure,
      year,
      years,
      regionLevel,
      industryLevel,
      synthetic,
      population,
      regions: matrix.rows,
      industries: matrix.cols,
      organizations: placed.length,
      syntheticOrganizations,
      listedOrganizations,
      total,
      syntheticValue,
      syntheticShare,
      unplaced: { noRegion, noIndustry },
    }),
    ...names,
    warnings,
  };
}

/**
 * The measure (employees where any organisation has them, else a count) and
 * its year (the latest with data); a year without data is ATLAS_E_NOT_FOUND.
 */
async function matrixMeasure(
  db: Duck,
  opts: StoreMatrixOptions,
): Promise<{ measure: MetricMeasure; year: number | null; years: number[] }> {
  const measure =
    opts.measure ?? ((await readMeasureYears(db, 'employees')).length > 0 ? 'employees' : 'count');
  let year: number | null = null;
  let years: number[] = [];
  if (measure !== 'count') {
    years = await readMeasureYears(db, measure);
    year = opts.year ?? years[0] ?? null;
    if (year === null || !years.includes(year)) {
      throw new AtlasError(
        'ATLAS_E_NOT_FOUND',
        year === null
          ? `No organisation has a value of ${measure}`
          : `No organisation has a value of ${measure} in ${year}; years with data: ${years.join(', ') || 'none'}`,
        { measure, year, years },
      );
    }
  }
  return { measure, year, years };
}

/** The names of the matrix's regions and industries (a code stands for itself when unknown). */
async function matrixNames(
  db: Duck,
  matrix: { regions: readonly string[]; industries: readonly string[] },
  industryLevel: StoreMatrixOptions['industryLevel'] & {},
): Promise<{ regionNames: NamedCode[]; industryNames: NamedCode[] }> {
  const regionNames = await readRegionNames(db, matrix.regions);
  const industryNames =
    industryLevel === 'label'
      ? new Map<string, NamedCode>()
      : await readIndustryNames(db, industryLevel);
  const named = (names: Map<string, NamedCode>, code: string): NamedCode =>
    names.get(code) ?? { code, nameZh: code, nameEn: null };
  return {
    regionNames: matrix.regions.map((c) => named(regionNames, c)),
    industryNames: matrix.industries.map((c) => named(industryNames, c)),
  };
}

interface PlacedTotals {
  total: number;
  syntheticValue: number;
  syntheticOrganizations: number;
  secondary: number;
  listedOrganizations: number;
}

function placedTotals(
  placed: readonly {
    value: number;
    listed?: boolean;
    synthetic?: boolean;
    secondary?: boolean;
  }[],
): PlacedTotals {
  const t = {
    total: 0,
    syntheticValue: 0,
    syntheticOrganizations: 0,
    secondary: 0,
    listedOrganizations: 0,
  };
  for (const o of placed) {
    if (o.listed) t.listedOrganizations++;
    t.total += o.value;
    if (o.synthetic) {
      t.syntheticValue += o.value;
      t.syntheticOrganizations++;
    }
    if (o.secondary) t.secondary++;
  }
  return t;
}

/** Unplaced organisations, secondary industries and a synthetic share, in words. */
function matrixWarnings(
  o: {
    noRegion: number;
    noIndustry: number;
    regionLevel: string;
    industryLevel: StoreMatrixOptions['industryLevel'];
    measure: string;
  },
  t: PlacedTotals,
  organizations: number,
): AtlasWarning[] {
  const { noRegion, noIndustry, regionLevel, industryLevel } = o;
  const warnings: AtlasWarning[] = [];
  if (noRegion + noIndustry > 0) {
    warnings.push(
      warning(
        'ATLAS_W_ORGS_UNPLACED',
        `${noRegion + noIndustry} organisation(s) with a value left out: ${noRegion} without a ${regionLevel}, ${noIndustry} without an industry ${industryLevel === 'label' ? 'label' : `code of level ${industryLevel}`}`,
        { noRegion, noIndustry, regionLevel, industryLevel },
      ),
    );
  }
  if (t.secondary > 0 && industryLevel !== 'label') {
    warnings.push(
      warning(
        'ATLAS_W_SECONDARY_INDUSTRIES',
        `${t.secondary} organisation(s) list more than one industry; each is counted once, in its first`,
        { organizations: t.secondary },
      ),
    );
  }
  const syntheticShare = t.total > 0 ? t.syntheticValue / t.total : 0;
  if (t.syntheticOrganizations > 0) {
    warnings.push(
      warning(
        'ATLAS_W_SYNTHETIC_INCLUDED',
        `${t.syntheticOrganizations} of ${organizations} organisations are synthetic, ${(syntheticShare * 100).toFixed(1)}% of the ${o.measure}: the figures describe a generated population, not the real economy`,
        { organizations: t.syntheticOrganizations, share: syntheticShare },
      ),
    );
  }
  return warnings;
}

/**
 * The matrix's total, synthetic value and synthetic share are confidential
 * aggregates of the organisations' measures (a count is public): declared
 * with each organisation's contribution, so the API withholds them where the
 * disclosure rule says (one firm's revenue as `total`, or the real firms' sum
 * as total − syntheticValue).
 */
export function declareMatrixTotals(
  measure: MetricMeasure,
  placed: readonly { id: string; value: number; synthetic?: boolean }[],
  info: StoreMatrixInfo,
): StoreMatrixInfo {
  const all: Contribution[] =
    measure === 'count' ? [] : placed.map((o) => ({ id: o.id, value: o.value }));
  const synthetic = all.filter((_, i) => placed[i].synthetic);
  const real = all.filter((_, i) => !placed[i].synthetic);
  const sets = (...s: Contribution[][]) => (measure === 'count' ? [] : s);
  return declareAggregates(info, [
    { path: ['total'], sets: sets(all) },
    { path: ['syntheticValue'], sets: sets(synthetic) },
    { path: ['syntheticShare'], sets: sets(synthetic, real) },
  ]);
}
