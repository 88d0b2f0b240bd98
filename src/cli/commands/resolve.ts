import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { readOrganizationList } from '../../services/resolution/read-organization-list.ts';
import { resolveOrganizations } from '../../services/resolution/resolve-organizations.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';

interface ResolveCliOptions {
  out?: string;
  format?: string;
  matchAt?: string;
  reviewAt?: string;
  margin?: string;
  many?: boolean;
  all?: boolean;
}

const COLUMNS = ['left_id', 'right_id', 'score', 'decision', 'reasons'];

/**
 * `atlas resolve LEFT RIGHT`: which organisations of LEFT are those of RIGHT
 * (entity resolution by name, place, industry, USCC). Writes
 * left_id,right_id,score,decision,reasons — one row per left record with a
 * candidate (match, review or distinct; --all keeps the distinct ones, which
 * are left out by default). A summary goes to stderr.
 */
export function registerResolve(program: Command): void {
  program
    .command('resolve')
    .description(
      'Match two lists of organisations (columns id, name; optional region, province, city, industry, uscc): which rows name the same firm',
    )
    .argument('<left>', 'file of organisations (CSV, XLSX, JSON, Parquet)')
    .argument('<right>', 'file of organisations to match against')
    .option('--out <file>', 'write the pairs to a file instead of stdout')
    .option('--format <format>', 'csv | json | table')
    .option('--match-at <x>', 'score at or above which a pair is a match', '0.85')
    .option('--review-at <x>', 'score at or above which a pair goes to review', '0.6')
    .option('--margin <x>', 'a best candidate this close to the next is ambiguous', '0.04')
    .option('--many', 'a right record may match several left ones (default: one each)')
    .option('--all', 'also list each left record’s best distinct candidate')
    .action(async (left: string, right: string, opts: ResolveCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      const matchAt = numberOption.range('match-at', opts.matchAt, 0, 1);
      const reviewAt = numberOption.range('review-at', opts.reviewAt, 0, 1);
      if (matchAt !== undefined && reviewAt !== undefined && reviewAt > matchAt)
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `--review-at (${reviewAt}) must not exceed --match-at (${matchAt})`,
        );
      const [l, r] = await Promise.all([readOrganizationList(left), readOrganizationList(right)]);
      const outcome = resolveOrganizations(l, r, {
        matchAt,
        reviewAt,
        margin: numberOption.range('margin', opts.margin, 0, 1),
        oneToOne: !opts.many,
      });
      const rows = outcome.pairs
        .filter((p) => opts.all || p.decision !== 'distinct')
        .map((p) => ({
          left_id: p.leftId,
          right_id: p.rightId,
          score: p.score,
          decision: p.decision,
          reasons: p.reasons,
        }));
      emit(rows, { format, out: opts.out }, COLUMNS);
      const c = outcome.counts;
      say(
        `${c.left} left, ${c.right} right records: ${c.match} matches, ${c.review} to review, ${c.left - c.match - c.review} without a match`,
      );
      for (const w of outcome.warnings) say(`warning ${w.code}: ${w.message}`);
    });
}
