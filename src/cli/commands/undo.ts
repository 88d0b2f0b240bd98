import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { undoChange } from '../../services/history/undo-change.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { say } from '../output.ts';

/**
 * `atlas undo CHANGE`: sets an organisation's field or yearly figure back to
 * its value before that change (the number `atlas history` lists); the undo
 * is itself recorded, by the local user. Refused when the value has changed
 * since.
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
      const n = Number(change);
      if (!Number.isInteger(n) || n < 1)
        throw new AtlasError('ATLAS_E_USAGE', `the change must be a whole number, not ${change}`);
      const user = `${userInfo().username} (command line)`;
      const r = await withAtlas({ path: opts.db }, (db) =>
        undoChange(db, n, { role: 'admin', user }),
      );
      say(`change ${r.undone} undone on ${r.organization}`);
    });
}
