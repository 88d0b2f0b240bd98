import type { Command } from 'commander';
import { organizationHistory } from '../../services/history/organization-history.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';

interface HistoryCliOptions {
  format?: string;
  out?: string;
  db?: string;
  limit?: string;
}

const COLUMNS = [
  'id',
  'at',
  'by',
  'entity',
  'entity_id',
  'action',
  'field',
  'previous',
  'value',
  'source',
  'data_year',
  'undoes',
  'undone_by',
];

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

/**
 * `atlas history ID`: every change to an organisation, its yearly figures,
 * links and memberships, newest first (who, when, source, field, previous and
 * new value, year of the data). `atlas undo CHANGE` reverts one.
 */
export function registerHistory(program: Command): void {
  program
    .command('history')
    .description(
      'Every change to an organisation, newest first: who, when, source, field, previous and new value',
    )
    .argument('<id>', 'organisation id')
    .option('--limit <n>', 'how many changes', '200')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (id: string, opts: HistoryCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      const limit = numberOption.whole('limit', opts.limit ?? '200', 1, 200);
      const h = await withAtlas({ path: opts.db }, (db) =>
        organizationHistory(db, id, { role: 'admin' }, 1, limit),
      );
      const rows = h.items.map((c) => ({
        id: c.id,
        at: c.at,
        by: c.by ?? '',
        entity: c.entity,
        entity_id: c.entityId,
        action: c.action,
        field: c.field ?? '',
        previous: json(c.previous),
        value: json(c.value),
        source: c.source,
        data_year: c.dataYear ?? '',
        undoes: c.undoes ?? '',
        undone_by: c.undoneBy ?? '',
      }));
      emit(rows, { format, out: opts.out }, COLUMNS);
      if (h.total > rows.length)
        say(`${h.total - rows.length} earlier changes not shown (--limit)`);
    });
}
