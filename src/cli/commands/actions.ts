import type { Command } from 'commander';
import {
  countActions,
  createAction,
  listActions,
  moveAction,
} from '../../services/chain/actions.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { emit, say } from '../output.ts';
import { pageLimits, sayPage, withPageOptions, type PageOptions } from '../paging.ts';
import { cliFormat } from '../options/cli-format.ts';
import { writeJson } from '../output/write-json.ts';

interface Opts {
  cluster?: string;
  region?: string;
  chain?: string;
  node?: string;
  org?: string;
  owner?: string;
  notes?: string;
  by?: string;
  note?: string;
  at?: string;
  scope?: string;
  format?: string;
  out?: string;
  db?: string;
}

/**
 * `atlas actions list | add | move`: attraction actions (招商) that chain
 * targets become, identified → contacted → negotiating → signed → landed
 * (or dropped), with dates, owner and notes. `atlas panorama --format json`
 * shows what landed actions change (actions.changed, completenessAfter).
 */
export function registerActions(program: Command): void {
  const actions = program
    .command('actions')
    .description('Attraction actions (招商) for chain targets');
  registerActionsList(actions);
  registerActionsAdd(actions);
  registerActionsMove(actions);
}

function registerActionsList(actions: Command): void {
  withPageOptions(
    actions
      .command('list')
      .description('List actions, oldest first, optionally of one chain and place')
      .option('--chain <id>', 'template id')
      .option('--scope <id>', 'a cluster id or region code')
      .option('--format <format>', 'csv | json | table')
      .option('--out <file>', 'write to a file')
      .option('--db <path>', 'database file'),
  ).action(async (o: Opts & PageOptions) => {
    const format = cliFormat(o.format);
    const p = pageLimits(o);
    const f = { template: o.chain, scope: o.scope };
    const { list, total } = await withAtlas({ path: o.db }, async (db) => ({
      list: await listActions(db, { ...f, ...p }),
      total: p ? await countActions(db, f) : 0,
    }));
    if (p) sayPage(p, list.length, total, 'actions');
    if (format === 'json') return writeJson(list, o.out);
    emit(
      list.map((a) => ({
        id: a.id,
        chain: a.template,
        node: a.node,
        scope: a.scope,
        organization: a.organization,
        state: a.state,
        owner: a.owner ?? '',
        updated_at: a.updatedAt,
        next: a.next.join(' '),
        notes: a.notes ?? '',
      })),
      { format, out: o.out },
    );
  });
}

function registerActionsAdd(actions: Command): void {
  actions
    .command('add')
    .description('Track a target: a new action in state identified')
    .option('--cluster <id>', 'the cluster that attracts')
    .option('--region <code>', 'or the region that attracts')
    .requiredOption('--chain <id>', 'template id')
    .requiredOption('--node <id>', 'the gap node')
    .requiredOption('--org <id>', 'the target organisation')
    .option('--owner <name>', 'who follows it')
    .option('--notes <text>', 'notes')
    .option('--at <date>', 'when (ISO 8601; default now)')
    .option('--db <path>', 'database file')
    .action(async (o: Opts) => {
      const a = await withAtlas({ path: o.db }, (db) =>
        audited(
          db,
          'atlas actions add',
          `${o.chain}/${o.node}/${o.org}`,
          () =>
            createAction(db, {
              cluster: o.cluster,
              region: o.region,
              chain: o.chain!,
              node: o.node!,
              organization: o.org!,
              owner: o.owner,
              notes: o.notes,
              at: o.at,
            }),
          (x) => ({ id: x.id }),
        ),
      );
      say(`${a.id}: ${a.organization} on ${a.template}/${a.node} for ${a.scope}: ${a.state}`);
      process.stdout.write(`${a.id}\n`);
    });
}

function registerActionsMove(actions: Command): void {
  actions
    .command('move <id> <state>')
    .description('Move an action to contacted, negotiating, signed, landed or dropped')
    .option('--by <name>', 'who')
    .option('--note <text>', 'what happened')
    .option('--at <date>', 'when (ISO 8601; default now)')
    .option('--db <path>', 'database file')
    .action(async (id: string, state: string, o: Opts) => {
      const a = await withAtlas({ path: o.db }, (db) =>
        audited(db, `atlas actions move ${state}`, id, () =>
          moveAction(db, id, state, { by: o.by, note: o.note, at: o.at }),
        ),
      );
      say(`${a.id}: ${a.state}${a.next.length ? ` (next: ${a.next.join(', ')})` : ''}`);
    });
}
