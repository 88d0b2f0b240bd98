import type { Command } from 'commander';
import { stats } from '../../services/stats.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit } from '../output.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count every entity in the atlas (organisations, links, clusters, …)')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--format <format>', 'table | json | csv')
    .option('--json', 'same as --format json')
    .action(async (opts: { db?: string; format?: string; json?: boolean }) => {
      const c = await withAtlas({ path: opts.db }, stats);
      const format = opts.json ? 'json' : opts.format;
      if (format === 'json') {
        process.stdout.write(JSON.stringify(c, null, 2) + '\n');
        return;
      }
      emit(
        Object.entries(c).map(([entity, count]) => ({ entity, count })),
        { format },
        ['entity', 'count'],
      );
    });
}
