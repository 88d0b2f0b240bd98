import type { Command } from 'commander';
import { homogeneity, type NamedPair } from '../../services/metrics/homogeneity.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { choice } from '../choice.ts';
import { numberOption } from '../options/number-option.ts';
import { HomogeneityQuery } from '../../contract/metrics.ts';

const Q = HomogeneityQuery.shape;

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
    .option('--threshold <x>', 'minimum similarity of a listed pair', '0.8')
    .option('--limit <k>', 'how many similar regions', '10')
    .option(
      '--source <s>',
      'organizations | statistics (the regional statistics of atlas import --kind region-statistics)',
      'organizations',
    )
    .option(
      '--measure <m>',
      'employees | revenue | output | count (default: employees where any organisation has them, else count)',
    )
    .option('--year <y>', 'year of the measure (default: latest with data)')
    .option('--region-level <level>', 'province | prefecture (default from the codes)')
    .option('--industry-level <level>', '1 | 2 | 3 | 4 | label', '2')
    .option('--synthetic <s>', 'include | exclude | only synthetic organisations', 'include')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(runHomogeneity);
}

async function runHomogeneity(opts: HomogeneityCliOptions): Promise<void> {
  const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
  // The numbers are checked by the contract the API checks them with.
  const threshold = numberOption.contract('threshold', Q.threshold, opts.threshold);
  const level = choice('industry-level', opts.industryLevel, [
    '1',
    '2',
    '3',
    '4',
    'label',
  ] as const);
  const result = await withAtlas({ path: opts.db }, (db) =>
    homogeneity(db, {
      region: opts.region,
      peers: list(opts.peers),
      within: opts.within,
      industries: list(opts.industries),
      threshold,
      limit: numberOption.contract('limit', Q.limit, opts.limit),
      source: choice('source', opts.source, ['organizations', 'statistics'] as const),
      measure: choice('measure', opts.measure, [
        'employees',
        'revenue',
        'output',
        'count',
      ] as const),
      year: numberOption.contract('year', Q.year, opts.year),
      regionLevel: choice('region-level', opts.regionLevel, ['province', 'prefecture'] as const),
      industryLevel:
        level === undefined || level === 'label' ? level : (Number(level) as 1 | 2 | 3 | 4),
      synthetic: choice('synthetic', opts.synthetic, ['include', 'exclude', 'only'] as const),
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
