import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import {
  REGION_STATISTIC_MEASURES,
  type RegionStatisticMeasure,
} from '../../core/model/region-statistic.ts';
import { dropEmpty } from '../../analytics/matrix/drop-empty.ts';
import { regionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readIndustryNames,
  readRegionNames,
  type NamedCode,
} from '../../store/queries/metric-matrix.ts';
import {
  readStatisticsCells,
  readStatisticsSources,
  readStatisticsYears,
} from '../../store/queries/region-statistics.ts';
import type { StoreMatrix, StoreMatrixOptions } from './store-matrix-shapes.ts';

const HOW_TO_LOAD =
  'load a statistical-yearbook table with `atlas import FILE --kind region-statistics` (templates in data/templates/)';

/**
 * The region × industry matrix of the regional statistics an office loaded
 * (`atlas import --kind region-statistics`) instead of the organisations:
 * each cell is the table's figure for a province or prefecture (the level
 * asked: rows at the other level are not rolled up) and a GB/T 4754 division,
 * or the sum of a section's divisions at industry level 1. Measures:
 * employees, revenue, output (default: the first with data); there is no
 * count and no firm table (firm-level metrics need organisations).
 */
export async function statisticsMatrix(
  db: Duck,
  opts: StoreMatrixOptions = {},
): Promise<StoreMatrix> {
  const regionLevel = opts.regionLevel ?? 'province';
  const industryLevel = opts.industryLevel ?? 2;
  if (industryLevel !== 1 && industryLevel !== 2) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `Regional statistics are by GB/T 4754 division: industryLevel ${industryLevel} is not available with source=statistics (use 1 or 2)`,
      { source: 'statistics', industryLevel, allowed: [1, 2] },
    );
  }
  const { m, year, years } = await statisticsMeasure(db, opts, regionLevel);
  const all = await readStatisticsCells(db, { measure: m, year, regionLevel, industryLevel });
  const synthetic = opts.synthetic ?? 'include';
  const cells =
    synthetic === 'include'
      ? all
      : all
          .map((c) => ({
            ...c,
            value: synthetic === 'only' ? c.syntheticValue : c.value - c.syntheticValue,
            syntheticValue: synthetic === 'only' ? c.syntheticValue : 0,
          }))
          .filter((c) => c.value > 0);

  const { regions, industries, values, total, syntheticValue, rows } = cellGrid(cells);
  if (total === 0) {
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `No regional statistics of ${m} at ${regionLevel} level in ${year} with a value above 0`,
      { source: 'statistics', measure: m, year, regionLevel, synthetic },
    );
  }
  const built = dropEmpty(regionIndustryMatrix(regions, industries, values));
  const matrix = built.matrix;
  const warnings: AtlasWarning[] = [...built.warnings];
  const syntheticShare = total > 0 ? syntheticValue / total : 0;
  if (syntheticValue > 0) {
    warnings.push(
      warning(
        'ATLAS_W_SYNTHETIC_INCLUDED',
        `${(syntheticShare * 100).toFixed(1)}% of the ${m} in these regional statistics is synthetic: the figures describe generated data, not the real economy`,
        { share: syntheticShare, source: 'statistics' },
      ),
    );
  }
  const sources = await readStatisticsSources(db, year, regionLevel);
  const regionNames = await readRegionNames(db, matrix.regions);
  const industryNames = await readIndustryNames(db, industryLevel);
  const named = (names: Map<string, NamedCode>, code: string): NamedCode =>
    names.get(code) ?? { code, nameZh: code, nameEn: null };
  return {
    matrix,
    firms: undefined,
    info: {
      source: 'statistics',
      measure: m,
      year,
      years,
      regionLevel,
      industryLevel,
      synthetic,
      population: 'all',
      regions: matrix.rows,
      industries: matrix.cols,
      organizations: 0,
      syntheticOrganizations: 0,
      listedOrganizations: 0,
      total,
      syntheticValue,
      syntheticShare,
      unplaced: { noRegion: 0, noIndustry: 0 },
      statistics: { rows, sources },
    },
    regionNames: matrix.regions.map((c) => named(regionNames, c)),
    industryNames: matrix.industries.map((c) => named(industryNames, c)),
    warnings,
  };
}

/** The measure (default: the first with data) and its year (default: the latest). */
async function statisticsMeasure(
  db: Duck,
  opts: StoreMatrixOptions,
  regionLevel: NonNullable<StoreMatrixOptions['regionLevel']>,
): Promise<{ m: RegionStatisticMeasure; year: number; years: number[] }> {
  if (opts.measure === 'count') {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'Regional statistics hold employees, revenue and output; count is a count of organisations (source=organizations)',
      { source: 'statistics', measure: 'count', allowed: [...REGION_STATISTIC_MEASURES] },
    );
  }
  let measure: RegionStatisticMeasure | undefined = opts.measure;
  let years: number[] = [];
  if (measure) years = await readStatisticsYears(db, measure, regionLevel);
  else {
    for (const m of REGION_STATISTIC_MEASURES) {
      years = await readStatisticsYears(db, m, regionLevel);
      measure = m;
      if (years.length > 0) break;
    }
  }
  const m = measure as RegionStatisticMeasure;
  const year = opts.year ?? years[0] ?? null;
  if (year === null || !years.includes(year)) {
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      year === null
        ? `No regional statistics of ${m} at ${regionLevel} level: ${HOW_TO_LOAD}`
        : `No regional statistics of ${m} at ${regionLevel} level in ${year}; years with data: ${years.join(', ') || 'none'}`,
      { source: 'statistics', measure: m, year, years, regionLevel },
    );
  }
  return { m, year, years };
}

/** The cells summed into a dense region × industry grid (codes sorted), with totals. */
function cellGrid(
  cells: readonly {
    region: string;
    industry: string;
    value: number;
    syntheticValue: number;
    rows: number;
  }[],
) {
  const regions = [...new Set(cells.map((c) => c.region))].sort();
  const industries = [...new Set(cells.map((c) => c.industry))].sort();
  const ri = new Map(regions.map((c, k) => [c, k]));
  const ii = new Map(industries.map((c, k) => [c, k]));
  const values = new Float64Array(regions.length * industries.length);
  let total = 0;
  let syntheticValue = 0;
  let rows = 0;
  for (const c of cells) {
    values[(ri.get(c.region) as number) * industries.length + (ii.get(c.industry) as number)] +=
      c.value;
    total += c.value;
    syntheticValue += c.syntheticValue;
    rows += c.rows;
  }
  return { regions, industries, values, total, syntheticValue, rows };
}
