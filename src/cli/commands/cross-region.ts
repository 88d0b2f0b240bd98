import type { Command } from 'commander';
import { crossRegionProfile } from '../../services/cross-region/cross-region-profile.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';

interface CrossRegionCliOptions {
  format?: string;
  out?: string;
  db?: string;
  ties?: boolean;
}

/**
 * `atlas cross-region CLUSTER`: the cluster per province and city (members,
 * summed size, ties within), or with --ties the ties across the border; the
 * counts by type and the nodes both sides attract go to stderr as lines.
 */
export function registerCrossRegion(program: Command): void {
  program
    .command('cross-region')
    .description(
      'A cluster that spans provinces, per province and city, with the ties across the border and duplicated attraction',
    )
    .argument('<cluster>', 'cluster id')
    .option('--ties', 'list the ties across the border instead of the parts')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (id: string, opts: CrossRegionCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      const p = await withAtlas({ path: opts.db }, (db) =>
        crossRegionProfile(db, id, { role: 'admin' }),
      );
      if (opts.ties) {
        const rows = p.ties.across.map((t) => ({
          type: t.type,
          from: t.from.name,
          from_province: t.from.province,
          to: t.to.name,
          to_province: t.to.province,
          product: t.product ?? '',
          synthetic: t.synthetic,
        }));
        emit(rows, { format, out: opts.out });
      } else {
        const sum = (figures: (typeof p.provinces)[number]['figures'], m: string) =>
          figures.find((f) => f.measure === m)?.sum ?? '';
        const rows = p.provinces.flatMap((pr) =>
          [pr, ...pr.cities].map((x) => ({
            code: x.code,
            name: x.nameZh,
            level: x === pr ? 'province' : 'city',
            members: x.members,
            synthetic: x.synthetic,
            employees_persons: sum(x.figures, 'employees'),
            revenue_10k_yuan: sum(x.figures, 'revenue'),
            output_10k_yuan: sum(x.figures, 'output'),
            ties_within: x.tiesWithin,
          })),
        );
        emit(rows, { format, out: opts.out });
      }
      for (const c of p.ties.counts)
        say(`${c.type}: ${c.within} within a province, ${c.across} across the border`);
      for (const d of p.duplicated)
        say(
          `both sides attract ${d.nameZh} (${d.nameEn}): ${d.basis === 'actions' ? 'actions on both sides' : 'a gap on both sides'}`,
        );
    });
}
