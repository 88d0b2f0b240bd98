import type { Command } from 'commander';
import { withAtlas } from '../../services/open-atlas.ts';
import { worldBenchmark } from '../../services/world/world-benchmark.ts';
import { emit, say } from '../output.ts';
import { choice } from '../choice.ts';

interface WorldCliOptions {
  field?: string;
  cluster?: string;
  format?: string;
  out?: string;
  db?: string;
}

/**
 * `atlas world --field ID | --cluster ID`: a chain field beside its US
 * counterpart (DPS 2016) and the world clusters the sources name: one row
 * per figure and subject, with value, unit, year and source, or missing.
 */
export function registerWorld(program: Command): void {
  program
    .command('world')
    .description(
      'A chain field (or a cluster, by its field) beside its US counterpart cluster and the world clusters the sources name',
    )
    .option('--field <id>', 'chain field id (e.g. construction-machinery)')
    .option('--cluster <id>', 'cluster id (its first chain field)')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (opts: WorldCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      const b = await withAtlas({ path: opts.db }, (db) =>
        worldBenchmark(db, { field: opts.field, cluster: opts.cluster }),
      );
      const rows = b.figures.flatMap((f) =>
        f.cells.map((c) => ({
          figure: f.figure,
          subject: c.subject,
          value: c.missing ? 'missing' : c.value,
          bound: c.bound ?? '',
          unit: c.unit ?? '',
          year: c.year ?? '',
          source: c.source ?? '',
        })),
      );
      emit(rows, { format, out: opts.out });
      if (b.usCounterpart)
        say(
          `US counterpart: ${b.usCounterpart.nameEn} (DPS ${b.usCounterpart.code}; ${Math.round(b.usCounterpart.share * 100)}% of the field's concorded classes)`,
        );
      say(`related US clusters: ${b.relatedUsClusters.map((r) => r.nameEn).join('; ')}`);
      for (const s of b.subjects.filter((x) => x.side === 'world'))
        say(
          `world peer: ${s.nameEn} (same GB/T ${s.match?.level ?? ''}: ${s.match?.worldCode ?? ''})`,
        );
    });
}
