import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { MISSING_RULES, type MissingRule } from '../../analytics/evaluation/missing-values.ts';
import type { AggregationMethod, Weighting } from '../../analytics/evaluation/evaluate.ts';
import { AtlasError } from '../../core/errors.ts';
import { rankClusters } from '../../services/evaluation/rank-clusters.ts';
import { evaluateFiles, type EvaluationReport } from '../../services/evaluation/run-evaluation.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';

interface EvaluateCliOptions {
  data?: string;
  clusters?: boolean;
  db?: string;
  designation?: string;
  synthetic?: string;
  save?: string;
  system?: string;
  method?: string;
  weights?: string;
  ahpMatrix?: string;
  force?: boolean;
  missing?: string;
  vary?: string;
  runs?: string;
  seed?: string;
  concentration?: string;
  sensitivity?: string;
  out?: string;
  format?: string;
}

const METHODS = ['wsum', 'wgeo', 'topsis'];
const WEIGHTS = ['expert', 'ahp', 'entropy', 'critic', 'equal'];

function oneOf<T extends string>(
  name: string,
  v: string | undefined,
  allowed: readonly string[],
): T | undefined {
  if (v === undefined) return undefined;
  if (!allowed.includes(v)) {
    throw new AtlasError('ATLAS_E_USAGE', `${name} must be one of ${allowed.join(', ')}, not ${v}`);
  }
  return v as T;
}

function integer(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    throw new AtlasError('ATLAS_E_USAGE', `${name} must be an integer ≥ ${min}, not ${v}`);
  }
  return n;
}

/**
 * `atlas evaluate --data FILE [--system FILE] …`: scores and ranks the
 * alternatives; output alternative,score,rank[,rank_low,rank_high] (the 5th
 * and 95th percentile ranks over --runs Monte-Carlo draws). Warnings,
 * weights and the AHP consistency go to stderr.
 */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description(
      'Score and rank alternatives (clusters) under an index system: wsum, wgeo or TOPSIS',
    )
    .option(
      '--data <file>',
      'long data: alternative,indicator,value (CSV, XLSX, JSON, Parquet); with --clusters, extra values by cluster id',
    )
    .option(
      '--clusters',
      "rank the atlas's clusters from the store (default system: the store-measurable advanced-manufacturing subset)",
    )
    .option('--db <path>', '--clusters: database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--designation <d>', '--clusters: only national | provincial | user | seed clusters')
    .option(
      '--synthetic <s>',
      '--clusters: include | exclude synthetic members and links',
      'include',
    )
    .option(
      '--save <dir>',
      '--clusters: save system.json, data.csv, run.json, ranking.csv to reproduce the ranking',
    )
    .option(
      '--system <file>',
      'index system JSON (data/index-systems/); without one every indicator is a benefit indicator of equal standing',
    )
    .option('--method <m>', "wsum | wgeo | topsis (default: the system's, else wsum)")
    .option('--weights <w>', "expert (the system's) | ahp | entropy | critic | equal")
    .option(
      '--ahp-matrix <file>',
      'pairwise comparison matrix over the indicators (with --weights ahp)',
    )
    .option('--force', 'accept an AHP matrix with CR ≥ 0.1')
    .option('--missing <rule>', `missing values: ${MISSING_RULES.join(' | ')}`)
    .option('--vary <rules>', 'Monte-Carlo: comma-separated missing-value rules to cycle through')
    .option('--runs <n>', 'Monte-Carlo runs over weights (adds rank_low, rank_high)', '0')
    .option('--seed <n>', 'seed of the Monte-Carlo draws', '1')
    .option('--concentration <k>', 'Dirichlet concentration around the base weights', '100')
    .option('--sensitivity <file>', 'write the weight sensitivity table (CSV) to a file')
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table')
    .action(async (opts: EvaluateCliOptions) => {
      oneOf('--format', opts.format, ['csv', 'json', 'table']);
      const vary = opts.vary
        ?.split(',')
        .map((s) => oneOf<MissingRule>('--vary', s.trim(), MISSING_RULES) as MissingRule);
      const concentration = Number(opts.concentration ?? '100');
      if (!(concentration > 0)) {
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `--concentration must be > 0, not ${opts.concentration}`,
        );
      }
      if (!opts.data && !opts.clusters) {
        throw new AtlasError(
          'ATLAS_E_USAGE',
          'give --data FILE, or --clusters to rank the atlas clusters',
        );
      }
      const synthetic = oneOf<'include' | 'exclude'>('--synthetic', opts.synthetic, [
        'include',
        'exclude',
      ]);
      const options = {
        method: oneOf<AggregationMethod>('--method', opts.method, METHODS),
        weights: oneOf<Weighting>('--weights', opts.weights, WEIGHTS),
        ahpMatrix: opts.ahpMatrix,
        force: opts.force,
        missing: oneOf<MissingRule>('--missing', opts.missing, MISSING_RULES),
        missingRules: vary,
        runs: integer('--runs', opts.runs, 0),
        seed: integer('--seed', opts.seed, 0),
        concentration,
        sensitivity: Boolean(opts.sensitivity),
      };
      const report: EvaluationReport & {
        columns: string[];
        saved?: { command: string; dir: string };
      } = opts.clusters
        ? await withAtlas({ path: opts.db }, async (db) => {
            await bootstrap(db);
            return rankClusters(db, {
              ...options,
              system: opts.system,
              data: opts.data,
              designation: opts.designation,
              synthetic,
              saveDir: opts.save,
            });
          })
        : await evaluateFiles(opts.data as string, opts.system, options);
      for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
      const notRanked =
        'notRanked' in report ? (report.notRanked as { alternative: string }[]) : [];
      if (notRanked.length)
        say(`not ranked (no member data): ${notRanked.map((r) => r.alternative).join(', ')}`);
      const s = report.spec;
      say(
        `method ${s.method}, weights ${s.weights}, missing ${s.missing}${s.runs ? `, ${s.runs} runs (seed ${s.seed}, κ ${s.concentration})` : ''}`,
      );
      say(
        `weights: ${report.weights.map((w) => `${w.indicator}=${w.weight.toFixed(4)}`).join(' ')}`,
      );
      if (report.ahp) {
        say(
          `AHP: λmax ${report.ahp.lambdaMax.toFixed(4)}, CI ${report.ahp.CI.toFixed(4)}, CR ${report.ahp.CR.toFixed(4)}`,
        );
      }
      if (report.saved)
        say(`saved to ${report.saved.dir}; reproduce with: ${report.saved.command}`);
      if (opts.sensitivity && report.sensitivity) {
        const rows = report.sensitivity.map((r) => ({ ...r }));
        writeFileSync(
          opts.sensitivity,
          [
            Object.keys(rows[0] ?? {}).join(','),
            ...rows.map((r) => Object.values(r).join(',')),
          ].join('\n') + '\n',
        );
      }
      if (opts.format === 'json') {
        emit(report.rows as unknown as Record<string, unknown>[], {
          format: 'json',
          out: opts.out,
        });
      } else {
        emit(report.rows as unknown as Record<string, unknown>[], opts, report.columns);
      }
    });
}
