import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { undoImport } from '../../services/history/undo-import.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { say } from '../output.ts';

/**
 * `atlas undo-import IMPORT`: undoes a whole import of organisations or links
 * (its id as the import report gives it), whichever path its rows took: the
 * organisations, yearly figures and links it created are deleted, what it wrote on records the atlas held is set back;
 * recorded, by the local user, and in the audit log. Refused, nothing
 * written, when a record it created has changed since or is referred to.
 */
export function registerUndoImport(program: Command): void {
  program
    .command('undo-import')
    .description(
      'Undo a whole import of organisations or links (its id from the import report): the organisations, yearly figures and links it created deleted, its other changes set back; recorded',
    )
    .argument('<import>', 'import id')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (importId: string, opts: { db?: string }) => {
      const user = `${userInfo().username} (command line)`;
      const r = await withAtlas({ path: opts.db }, (db) =>
        audited(
          db,
          'atlas undo-import',
          importId,
          () => undoImport(db, importId, { role: 'admin', user }),
          (x) => ({
            organizations: x.organizations,
            figures: x.figures,
            links: x.links,
            changes: x.changes,
          }),
        ),
      );
      say(
        `import ${r.import} undone: ${r.organizations} organisations and ${r.figures} yearly figures deleted, ${r.links} links deleted, ${r.changes} other changes set back`,
      );
    });
}
