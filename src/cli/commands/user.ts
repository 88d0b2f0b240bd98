import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { isRole } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import { addUser, listUsers, removeUser } from '../../services/access/users.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { emit, say } from '../output.ts';

/** The password: $ATLAS_PASSWORD, else one line read from stdin (not echoed on a terminal). */
async function readPassword(): Promise<string> {
  const env = process.env.ATLAS_PASSWORD;
  if (env) return env;
  if (process.stdin.isTTY) process.stderr.write('password (not shown): ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
  for await (const line of rl) {
    rl.close();
    if (process.stdin.isTTY) process.stderr.write('\n');
    return line;
  }
  throw new AtlasError('ATLAS_E_USAGE', 'give the password in $ATLAS_PASSWORD or on stdin');
}

/** `atlas user add|list|remove`: accounts for a shared server. */
export function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description(
      'Accounts for a shared server: admin, analyst, viewer, member (of one organisation)',
    );
  user
    .command('add <name>')
    .description(
      'Add an account; the password comes from $ATLAS_PASSWORD or stdin, stored as a scrypt hash',
    )
    .requiredOption('--role <role>', 'admin | analyst | viewer | member')
    .option('--organization <id>', 'a member: the organisation it acts for')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (name: string, opts: { role: string; organization?: string; db?: string }) => {
      if (!isRole(opts.role))
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `--role must be admin, analyst, viewer or member, not ${opts.role}`,
        );
      const password = await readPassword();
      await withAtlas({ path: opts.db }, (db) =>
        audited(
          db,
          'atlas user add',
          name,
          () =>
            addUser(db, {
              name,
              role: opts.role as never,
              organization: opts.organization,
              password,
            }),
          () => ({ role: opts.role, organization: opts.organization ?? null }),
        ),
      );
      say(`added ${name} (${opts.role}${opts.organization ? ` of ${opts.organization}` : ''})`);
    });
  user
    .command('list')
    .description('List the accounts (never their passwords)')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--format <format>', 'table | json | csv')
    .action(async (opts: { db?: string; format?: string }) => {
      const rows = await withAtlas({ path: opts.db }, (db) => listUsers(db));
      emit(rows, { format: opts.format }, ['name', 'role', 'organization', 'createdAt']);
    });
  user
    .command('remove <name>')
    .description('Remove an account and end its sessions')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (name: string, opts: { db?: string }) => {
      await withAtlas({ path: opts.db }, (db) =>
        audited(db, 'atlas user remove', name, () => removeUser(db, name)),
      );
      say(`removed ${name}`);
    });
}
