import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ChangeId } from '../../contract/history.ts';
import { undoChange } from '../../services/history/undo-change.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { numberOption } from '../options/number-option.ts';
import { say } from '../output.ts';

/**
 * `atlas undo CHANGE`: sets back what that change did (the number `atlas
 * history` lists): an organisation's field or yearly figure, a link or a
 * membership, or an organisation's creation while nothing refers to it; the
 * undo is itself recorded, by the local user. Refused when the record has
 * changed since.
 */
export function registerUndo(program: Command): void {
  program
    .command('undo')
    .description(
      'Undo one change of an organisation (a number from atlas history); the undo is recorded',
    )
    .argument('<change>', 'change number')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (change: string, opts: { db?: string }) => {
      const n = numberOption.argument('change', ChangeId, change);
      const user = `${userInfo().username} (command line)`;
      const r = await withAtlas({ path: opts.db }, (db) =>
        undoChange(db, n, { role: 'admin', user }),
      );
      say(`change ${r.undone} undone on ${r.organization}`);
    });
}
