import type { Command } from 'commander';
import { homogeneity, type NamedPair } from '../../services/metrics/homogeneity.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { choice } from '../choice.ts';
import { numberOption } from '../options/number-option.ts';
import type { z } from 'zod';
import { HomogeneityQuery } from '../../contract/metrics.ts';
import {
  MATRIX_SOURCES,
  METRIC_INDUSTRY_LEVELS,
  METRIC_MEASURES,
  METRIC_REGION_LEVELS,
  SYNTHETIC_FILTERS,
} from '../../core/model/metric-matrix.ts';
import { choiceHelp, contractValue, rangeHelp } from '../contract-options.ts';

const Q = HomogeneityQuery.shape;

/** "a | b (default a): why": an option's words and default from its contract field. */
const words = (field: z.ZodType, values: readonly string[], why?: string) =>
  [choiceHelp(field, values), why].filter(Boolean).join(': ');

interface HomogeneityCliOptions {
  region?: string;
  peers?: string;
  within?: string;
  industries?: string;
  threshold?: string;
  limit?: string;
  source?: string;
  measure?: string;
  year?: string;
  regionLevel?: string;
  industryLevel?: string;
  synthetic?: string;
  format?: string;
  out?: string;
  db?: string;
}

const COLUMNS = [
  'list',
  'a',
  'a_name',
  'b',
  'b_name',
  'similarity',
  'similarity_all',
  'overlap',
  'overlap_share_a',
  'overlap_share_b',
];

function row(list: 'similar' | 'pair', p: NamedPair): Record<string, unknown> {
  return {
    list,
    a: p.a.code,
    a_name: p.a.nameZh,
    b: p.b.code,
    b_name: p.b.nameZh,
    similarity: p.similarity ?? '',
    similarity_all: p.similarityAll,
    // industry code name (LQ a/LQ b); unrounded figures are in --format json.
    overlap: p.overlap
      .map((o) => `${o.industry} ${o.nameZh} (${o.lqA.toFixed(2)}/${o.lqB.toFixed(2)})`)
      .join('; '),
    overlap_share_a: p.overlapShare.a,
    overlap_share_b: p.overlapShare.b,
  };
}

const list = (s: string | undefined) =>
  s
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * `atlas homogeneity --region CODE [--peers CODE,…]`: homogeneous competition
 * (同质化竞争) over the atlas's organisations. Rows: `similar` (regions most
 * like --region in the industries either prioritises) and `pair` (pairs of
 * the peer set at or above --threshold), each with the industries both
 * prioritise. Warnings (synthetic share, unplaced organisations) go to stderr.
 */
export function registerHomogeneity(program: Command): void {
  program
    .command('homogeneity')
    .description(
      'Homogeneous competition (同质化竞争): regions with the most similar priority industries, and similar pairs',
    )
    .option('--region <code>', 'region to compare (GB/T 2260 code)')
    .option('--peers <codes>', 'comma-separated regions: pairs above the threshold')
    .option('--within <province>', "a province's prefectures as the peers")
    .option('--industries <codes>', 'priority industries instead of LQ ≥ 1 (comma-separated)')
    .option('--threshold <x>', `minimum similarity of a listed pair ${rangeHelp(Q.threshold)}`)
    .option('--limit <k>', `how many similar regions ${rangeHelp(Q.limit)}`)
    .option('--source <s>', words(Q.source, MATRIX_SOURCES, Q.source.description))
    .option('--measure <m>', words(Q.measure, METRIC_MEASURES, Q.measure.description))
    .option('--year <y>', `year of the measure ${rangeHelp(Q.year)} (default: latest with data)`)
    .option(
      '--region-level <level>',
      words(Q.regionLevel, METRIC_REGION_LEVELS, 'default from the codes'),
    )
    .option('--industry-level <level>', words(Q.industryLevel, METRIC_INDUSTRY_LEVELS))
    .option('--synthetic <s>', words(Q.synthetic, SYNTHETIC_FILTERS, 'synthetic organisations'))
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(runHomogeneity);
}

async function runHomogeneity(opts: HomogeneityCliOptions): Promise<void> {
  const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
  // Numbers and words are checked by the contract the API checks them with, defaults
  // included; the region codes by the service, which names every bad one.
  const threshold = numberOption.contract('threshold', Q.threshold, opts.threshold);
  const level = contractValue('industry-level', Q.industryLevel, opts.industryLevel);
  const result = await withAtlas({ path: opts.db }, (db) =>
    homogeneity(db, {
      region: opts.region,
      peers: list(opts.peers),
      within: opts.within,
      industries: list(opts.industries),
      threshold,
      limit: numberOption.contract('limit', Q.limit, opts.limit),
      source: contractValue('source', Q.source, opts.source),
      measure: contractValue('measure', Q.measure, opts.measure),
      year: numberOption.contract('year', Q.year, opts.year),
      regionLevel: contractValue('region-level', Q.regionLevel, opts.regionLevel),
      industryLevel: level === 'label' ? level : (Number(level) as 1 | 2 | 3 | 4),
      synthetic: contractValue('synthetic', Q.synthetic, opts.synthetic),
    }),
  );
  for (const w of result.warnings) say(`warning ${w.code}: ${w.message}`);
  if (format === 'json') {
    writeJson(result, opts.out);
    return;
  }
  if (result.region && result.priorities.length) {
    say(
      `${result.region.nameZh} prioritises: ${result.priorities
        .map((p) => `${p.industry} ${p.nameZh} (LQ ${p.lq.toFixed(2)})`)
        .join('; ')}`,
    );
  }
  const rows = [
    ...result.similar.map((p) => row('similar', p)),
    ...result.pairs.map((p) => row('pair', p)),
  ];
  emit(rows, { format, out: opts.out }, COLUMNS);
}
