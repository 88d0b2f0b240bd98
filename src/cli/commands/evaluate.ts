import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EvaluateOptions, MissingRule } from '../../contract/evaluation.ts';
import { AtlasError } from '../../core/errors.ts';
import { rankClusters } from '../../services/evaluation/rank-clusters.ts';
import { evaluateFiles, type EvaluationReport } from '../../services/evaluation/run-evaluation.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choice } from '../choice.ts';
import { choiceHelp, contractValue, rangeHelp } from '../contract-options.ts';
import { numberOption } from '../options/number-option.ts';
import { yearOptions } from '../options/year-options.ts';
import { emit, say } from '../output.ts';
import { emitYears } from '../emit-years.ts';
import {
  evaluateYearsFile,
  type YearsOptions as YearsRun,
} from '../../services/evaluation/evaluate-years-report.ts';
import { rankClustersOverYears } from '../../services/evaluation/rank-clusters-years.ts';

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
  year?: string;
  years?: string;
  baseYear?: string;
  changes?: string;
}

const E = EvaluateOptions.shape;

/**
 * `atlas evaluate --data FILE [--system FILE] …`: scores and ranks the
 * alternatives; output alternative,score,rank[,rank_low,rank_high] (the 5th
 * and 95th percentile ranks over --runs Monte-Carlo draws). Warnings,
 * weights and the AHP consistency go to stderr.
 */
export function registerEvaluate(program: Command): void {
  const cmd = program
    .command('evaluate')
    .description(
      'Score and rank alternatives (clusters) under an index system: wsum, wgeo or TOPSIS',
    );
  withEvaluateInputs(cmd);
  withEvaluateMethod(cmd);
  cmd.action(runEvaluate);
}

/** What to rank: a data file, or the atlas's clusters. */
function withEvaluateInputs(cmd: Command): Command {
  return cmd
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
    );
}

/** How to rank: method, weights, missing values, Monte-Carlo, years and output. */
function withEvaluateMethod(cmd: Command): Command {
  return cmd
    .option(
      '--method <m>',
      `${choiceHelp(E.method, E.method.unwrap().options)} (default: the system's, else wsum)`,
    )
    .option(
      '--weights <w>',
      `${choiceHelp(E.weights, E.weights.unwrap().options)} (default: the system's expert weights, else equal)`,
    )
    .option(
      '--ahp-matrix <file>',
      'pairwise comparison matrix over the indicators (with --weights ahp)',
    )
    .option('--force', 'accept an AHP matrix with CR ≥ 0.1')
    .option('--missing <rule>', `missing values: ${MissingRule.options.join(' | ')}`)
    .option('--vary <rules>', 'Monte-Carlo: comma-separated missing-value rules to cycle through')
    .option(
      '--runs <n>',
      `Monte-Carlo runs over weights (adds rank_low, rank_high) ${rangeHelp(E.runs)}`,
    )
    .option('--seed <n>', `seed of the Monte-Carlo draws ${rangeHelp(E.seed)}`)
    .option(
      '--concentration <k>',
      `Dirichlet concentration around the base weights ${rangeHelp(E.concentration)}`,
    )
    .option('--sensitivity <file>', 'write the weight sensitivity table (CSV) to a file')
    .option('--year <y>', 'data with a year column: score this year only')
    .option(
      '--years <list>',
      'data with a year column (alternative,indicator,year,value), or --clusters: rank each year, e.g. 2018-2020 or 2018,2020; adds rank changes and growth',
    )
    .option(
      '--base-year <y>',
      'with --years: normalise every year on this year’s scale (and fit data-driven weights there), so a change is the alternative’s own',
    )
    .option('--changes <file>', 'with --years: write what changed, indicator by indicator (CSV)')
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table');
}

async function runEvaluate(opts: EvaluateCliOptions): Promise<void> {
  choice('format', opts.format, ['csv', 'json', 'table']);
  const vary = opts.vary?.split(',').map((s) => contractValue('vary', MissingRule, s.trim()));
  if (!opts.data && !opts.clusters) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      'give --data FILE, or --clusters to rank the atlas clusters',
    );
  }
  const synthetic = contractValue('synthetic', E.synthetic, opts.synthetic);
  const options = {
    method: contractValue('method', E.method, opts.method),
    weights: contractValue('weights', E.weights, opts.weights),
    ahpMatrix: opts.ahpMatrix,
    force: opts.force,
    missing: contractValue('missing', E.missing, opts.missing),
    missingRules: vary,
    runs: numberOption.contract('runs', E.runs, opts.runs),
    seed: numberOption.contract('seed', E.seed, opts.seed),
    concentration: numberOption.contract('concentration', E.concentration, opts.concentration),
    sensitivity: Boolean(opts.sensitivity),
  };
  const yr = yearOptions(opts);
  if (yr.years || yr.baseYear !== undefined || (opts.clusters && yr.year !== undefined)) {
    await evaluateYears(
      opts,
      {
        ...options,
        years: yr.years ?? (yr.year !== undefined ? [yr.year] : undefined),
        baseYear: yr.baseYear,
      },
      synthetic,
    );
    return;
  }
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
    : await evaluateFiles(opts.data as string, opts.system, { ...options, year: yr.year });
  sayEvaluation(opts, report);
}

type CliReport = EvaluationReport & { columns: string[]; saved?: { command: string; dir: string } };

/** The run's warnings, method and weights on stderr; the ranking on stdout or --out. */
function sayEvaluation(opts: EvaluateCliOptions, report: CliReport): void {
  for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
  const notRanked = 'notRanked' in report ? (report.notRanked as { alternative: string }[]) : [];
  if (notRanked.length)
    say(`not ranked (no member data): ${notRanked.map((r) => r.alternative).join(', ')}`);
  const s = report.spec;
  say(
    `method ${s.method}, weights ${s.weights}, missing ${s.missing}${s.runs ? `, ${s.runs} runs (seed ${s.seed}, κ ${s.concentration})` : ''}`,
  );
  say(`weights: ${report.weights.map((w) => `${w.indicator}=${w.weight.toFixed(4)}`).join(' ')}`);
  if (report.ahp) {
    say(
      `AHP: λmax ${report.ahp.lambdaMax.toFixed(4)}, CI ${report.ahp.CI.toFixed(4)}, CR ${report.ahp.CR.toFixed(4)}`,
    );
  }
  if (report.saved) say(`saved to ${report.saved.dir}; reproduce with: ${report.saved.command}`);
  if (opts.sensitivity && report.sensitivity) {
    const rows = report.sensitivity.map((r) => ({ ...r }));
    writeFileSync(
      opts.sensitivity,
      [Object.keys(rows[0] ?? {}).join(','), ...rows.map((r) => Object.values(r).join(','))].join(
        '\n',
      ) + '\n',
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
}

/** --years / --base-year: a file with a year column, or the atlas's clusters, ranked year by year. */
async function evaluateYears(
  opts: EvaluateCliOptions,
  y: YearsRun,
  synthetic: 'include' | 'exclude' | undefined,
): Promise<void> {
  const report = opts.clusters
    ? await withAtlas({ path: opts.db }, async (db) => {
        await bootstrap(db);
        return rankClustersOverYears(db, {
          ...y,
          system: opts.system,
          data: opts.data,
          designation: opts.designation,
          synthetic,
        });
      })
    : await evaluateYearsFile(opts.data as string, opts.system, y);
  emitYears(report, opts);
}
