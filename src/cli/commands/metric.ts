import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { MatrixQuery, MetricQuery } from '../../contract/metrics.ts';
import { metricRegistry } from '../../services/metrics/metric-registry.ts';
import { runMetricFiles } from '../../services/metrics/run-metric-files.ts';
import {
  isComplexityMetric,
  runComplexityFile,
} from '../../services/complexity/complexity-metrics.ts';
import { wantsCsv, writeGridCsv } from '../emit-grid.ts';
import { emit, say } from '../output.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';
import { choice } from '../choice.ts';
import {
  MATRIX_SOURCES,
  METRIC_INDUSTRY_LEVELS,
  METRIC_MEASURES,
  METRIC_REGION_LEVELS,
  type MetricIndustryLevel,
} from '../../core/model/metric-matrix.ts';
import type { StoreMetricOptions } from '../../services/metrics/run-store-metric.ts';

interface MetricCliOptions {
  matrix?: string;
  firms?: string;
  regionTotals?: string;
  outputMatrix?: string;
  n?: string;
  normalized?: boolean;
  out?: string;
  outDir?: string;
  format?: string;
  threshold?: string;
  method?: string;
  convention?: string;
  referenceYear?: string;
  year?: string;
  years?: string;
  baseYear?: string;
  peerSet?: string;
  source?: string;
  measure?: string;
  regionLevel?: string;
  industryLevel?: string;
  db?: string;
}

/**
 * `atlas metric NAME --matrix FILE …`: one concentration/specialisation
 * metric over files. Output CSV columns: region,industry,value (cell metrics),
 * region,value / industry,value (unit metrics), a,b,value (pairs). Inputs are
 * read and checked first: on any error nothing is written.
 */
export function registerMetric(program: Command): void {
  const cmd = program
    .command('metric')
    .description(
      `Compute a concentration / specialisation metric: ${Object.keys(metricRegistry).join(', ')}; or complexity: the whole economic-complexity suite (rca, mcp, density, cog, diversity, eci, coi, ubiquity, pci) from one read of --matrix`,
    )
    .argument('<name>', 'metric name');
  fileOptions(cmd);
  atlasOptions(cmd);
  cmd
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table')
    .option(
      '--out-dir <dir>',
      'complexity: cells.csv, regions.csv and industries.csv in this folder instead of one long table',
    )
    .action(runMetricCommand);
}

/** The options of a metric over files. */
function fileOptions(cmd: Command): void {
  cmd
    .option('--matrix <file>', 'region,industry,value (duplicates summed, missing pairs 0)')
    .option('--firms <file>', 'region,industry,firm,value (eg, ms, crn over firms)')
    .option('--region-totals <file>', 'region,value: total activity per region (eg, ms)')
    .option('--output-matrix <file>', 'region,industry,value of output (star_rating productivity)')
    .option('--n <k>', 'crn: number of largest units', '4')
    .option('--normalized', 'hhi: (H − 1/n)/(1 − 1/n)')
    .option('--threshold <t>', 'complexity: M = RCA ≥ t', '1')
    .option('--method <m>', 'eci/pci/coi/cog: eigen | reflections; relatedness: prob | association')
    .option('--convention <c>', 'eci/pci/coi/cog standardisation: stata | py', 'stata')
    .option(
      '--reference-year <y>',
      'complexity with a year column: standardise every year by year y',
    );
}

/** The options of a metric over the atlas's own matrix (--source), its words from the contract. */
function atlasOptions(cmd: Command): void {
  cmd
    .option(
      '--source <s>',
      `instead of files, the atlas's own matrix (--db): ${MATRIX_SOURCES.join(' | ')} (atlas import --kind region-statistics)`,
    )
    .option('--measure <m>', `with --source: ${METRIC_MEASURES.join(' | ')}`)
    .option(
      '--region-level <level>',
      `with --source: ${METRIC_REGION_LEVELS.join(' | ')}`,
      'province',
    )
    .option('--industry-level <level>', `with --source: ${METRIC_INDUSTRY_LEVELS.join(' | ')}`, '2')
    .option(
      '--year <y>',
      'with --source: year of the measure (default: latest with data); lq_national on a file: year of the national reference (default: its latest, 2018)',
    )
    .option(
      '--years <list>',
      'with --source: the metric for each year (2018-2020 or 2018,2020), with each unit’s base-year value, change and growth',
    )
    .option(
      '--base-year <y>',
      'with --years: the year changes are measured from (default the first)',
    )
    .option(
      '--peer-set <id>',
      'with --source: show only the regions of this saved peer set of regions (atlas peers save --type region); the metric is computed over the whole matrix',
    )
    .option('--db <path>', 'with --source: database file (default $ATLAS_DB or ./atlas.duckdb)');
}

/** The options checked: every refusal before anything is read or written. */
function checked(opts: MetricCliOptions) {
  cliFormat(opts.format);
  const n = numberOption.contract('n', MetricQuery.shape.n, opts.n);
  if (!opts.matrix && !opts.firms && !opts.source) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      "give --matrix FILE (and/or --firms FILE), or --source organizations|statistics for the atlas's own matrix",
    );
  }
  const year = numberOption.contract('year', MatrixQuery.shape.year, opts.year);
  if ((opts.years || opts.baseYear || opts.peerSet) && !opts.source)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      '--years, --base-year and --peer-set need --source (the atlas’s own matrix); a file with a year column takes --reference-year',
    );
  const threshold = numberOption.positive('threshold', opts.threshold ?? '1');
  if (opts.convention !== undefined && opts.convention !== 'stata' && opts.convention !== 'py')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--convention must be stata or py, not ${opts.convention}`,
    );
  const source = choice('source', opts.source, MATRIX_SOURCES);
  choice('industry-level', opts.industryLevel, METRIC_INDUSTRY_LEVELS);
  return { n, year, threshold, source };
}

/** The atlas matrix's options (--source and its companions), checked against the contract's words. */
function storeOptions(opts: MetricCliOptions, n: number): StoreMetricOptions {
  const level = choice('industry-level', opts.industryLevel, METRIC_INDUSTRY_LEVELS);
  return {
    source: choice('source', opts.source, MATRIX_SOURCES),
    measure: choice('measure', opts.measure, METRIC_MEASURES),
    regionLevel: choice('region-level', opts.regionLevel, METRIC_REGION_LEVELS),
    industryLevel:
      level === undefined || level === 'label' ? level : (Number(level) as MetricIndustryLevel),
    n,
    normalized: opts.normalized,
  };
}

async function runMetricCommand(name: string, opts: MetricCliOptions): Promise<void> {
  const { n, year, threshold, source } = checked(opts);
  if (name === SUITE || opts.outDir) return runSuiteCommand(name, opts, threshold);
  if (source && (opts.years || opts.baseYear)) return emitMetricYears(name, opts, n);
  const result = source
    ? await storeMetric(name, opts, { ...storeOptions(opts, n), year })
    : isComplexityMetric(name) && opts.matrix
      ? await runComplexityFile(name, opts.matrix, {
          threshold,
          method: opts.method,
          convention: opts.convention as 'stata' | 'py' | undefined,
          referenceYear: opts.referenceYear,
        })
      : await runMetricFiles(
          name,
          {
            matrix: opts.matrix,
            firms: opts.firms,
            regionTotals: opts.regionTotals,
            output: opts.outputMatrix,
          },
          { n, normalized: opts.normalized, year },
        );
  for (const w of result.warnings) say(`warning ${w.code}: ${w.message}`);
  if (opts.peerSet && source) {
    const rows = await peerRows(opts.db, opts.peerSet, result.rows);
    emit(rows, { format: opts.format, out: opts.out }, result.columns);
  } else if (result.grid && wantsCsv(opts)) await writeGridCsv(result.grid, opts);
  else emit(result.rows, { format: opts.format, out: opts.out }, result.columns);
}

/** The name of the whole complexity suite (one read, every measure). */
const SUITE = 'complexity';

/**
 * `atlas metric complexity --matrix FILE`: the suite from one read of the
 * file, written as CSV once everything is computed (nothing on failure).
 */
async function runSuiteCommand(name: string, opts: MetricCliOptions, threshold: number) {
  if (name !== SUITE)
    throw new AtlasError('ATLAS_E_USAGE', `--out-dir goes with ${SUITE}, not ${name}`);
  if (!opts.matrix || opts.source || opts.firms)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `${SUITE} reads --matrix FILE (region,industry,value); for the atlas's own matrix use one metric at a time`,
    );
  if (opts.format && opts.format !== 'csv')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `${SUITE} writes CSV (a line per region × industry); for one measure as ${opts.format} use atlas metric eci|pci|density|coi|cog --format ${opts.format}`,
    );
  if (opts.out && opts.outDir)
    throw new AtlasError('ATLAS_E_USAGE', 'give --out FILE or --out-dir DIR, not both');
  if (opts.outDir && statSync(opts.outDir, { throwIfNoEntry: false })?.isDirectory() === false)
    throw new AtlasError('ATLAS_E_USAGE', `--out-dir ${opts.outDir} is a file, not a folder`);
  const { complexitySuiteFile } =
    await import('../../services/complexity/complexity-suite-file.ts');
  const { writeComplexitySuite } = await import('../output/write-complexity-suite.ts');
  const r = await complexitySuiteFile(opts.matrix, {
    threshold,
    method: opts.method,
    convention: opts.convention as 'stata' | 'py' | undefined,
    referenceYear: opts.referenceYear,
  });
  for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
  await writeComplexitySuite(r, { out: opts.out, outDir: opts.outDir });
}

/** The metric over the atlas's own matrix; the atlas (DuckDB, migrations) is loaded only then. */
async function storeMetric(name: string, opts: MetricCliOptions, options: StoreMetricOptions) {
  const { runStoreMetric } = await import('../../services/metrics/run-store-metric.ts');
  const { withAtlas } = await import('../../services/open-atlas.ts');
  return withAtlas({ path: opts.db }, (db) => runStoreMetric(db, name, options));
}

/** `--years` / `--base-year`: the metric for each year, with changes from the base year. */
async function emitMetricYears(name: string, opts: MetricCliOptions, n: number): Promise<void> {
  if (name === 'eci' || name === 'pci') return emitComplexityYears(name, opts);
  const { runStoreMetricYears } = await import('../../services/metrics/store-metric-years.ts');
  const { parseYears } = await import('../../services/evaluation/evaluate-years-report.ts');
  const { withAtlas } = await import('../../services/open-atlas.ts');
  const r = await withAtlas({ path: opts.db }, (db) =>
    runStoreMetricYears(
      db,
      name,
      storeOptions(opts, n),
      opts.years ? parseYears(opts.years, '--years') : undefined,
      numberOption.contract('base-year', MatrixQuery.shape.year, opts.baseYear),
    ),
  );
  for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
  say(`years ${r.years.join(', ')}; changes and growth from ${r.baseYear}`);
  const rows = opts.peerSet ? await peerRows(opts.db, opts.peerSet, r.rows) : r.rows;
  emit(rows, { format: opts.format, out: opts.out }, r.columns);
}

/**
 * ECI or PCI by year on the base year's scale, with ranks (within a region
 * peer set when one is given): the figures of GET /api/complexity/years.
 */
async function emitComplexityYears(name: 'eci' | 'pci', opts: MetricCliOptions): Promise<void> {
  const { complexityYears } = await import('../../services/complexity/complexity-years.ts');
  const { complexityYearsRows } =
    await import('../../services/complexity/complexity-years-rows.ts');
  const { withAtlas } = await import('../../services/open-atlas.ts');
  if (name === 'pci' && opts.peerSet)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      '--peer-set ranks regions: give it with eci (pci ranks industries)',
    );
  const s = storeOptions(opts, 1);
  const level = s.industryLevel === 'label' ? undefined : s.industryLevel;
  const a = await withAtlas({ path: opts.db }, (db) =>
    complexityYears(db, {
      source: s.source ?? 'organizations',
      measure: s.measure === 'count' ? undefined : s.measure,
      regionLevel: s.regionLevel ?? 'province',
      industryLevel: level ?? 2,
      years: opts.years,
      baseYear: numberOption.contract('base-year', MatrixQuery.shape.year, opts.baseYear),
      peerSet: opts.peerSet,
    }),
  );
  for (const w of a.warnings) say(`warning ${w.code}: ${w.message}`);
  say(
    `years ${a.years.join(', ')}; ${a.convention}${a.peerSet ? `; ranked within peer set ${a.peerSet.name}` : ''}`,
  );
  const r = complexityYearsRows(a, name);
  emit(r.rows, { format: opts.format, out: opts.out }, r.columns);
}

/** The rows of the regions of a saved peer set of regions (said on stderr). */
async function peerRows<T extends object>(
  path: string | undefined,
  peerSet: string,
  rows: readonly T[],
): Promise<T[]> {
  const { keepPeerRows } = await import('../../services/evaluation/peer-rows.ts');
  const { withAtlas } = await import('../../services/open-atlas.ts');
  const kept = await withAtlas({ path }, (db) => keepPeerRows(db, peerSet, rows));
  say(
    `peer set ${kept.name}: ${kept.regions.join(', ')} (${kept.rows.length} of ${rows.length} rows)`,
  );
  return kept.rows;
}
