import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { PeerSubjectType } from '../../contract/evaluation.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import {
  getPeerSet,
  listPeerSets,
  removePeerSet,
  resolvePeerNames,
  savePeerSet,
  suggestClusterPeers,
} from '../../services/evaluation/peer-sets.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { contractValue } from '../contract-options.ts';
import { emit, say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';

const db = (o: { db?: string }) => ({ path: o.db });
const DB = ['--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)'] as const;
const FORMAT = ['--format <format>', 'csv | json | table'] as const;

/**
 * `atlas peers save|list|show|delete|suggest`: peer sets chosen by name
 * (`atlas rank --peer-set ID` and `--scorecard` then use exactly them), and
 * peers suggested by similarity of industry structure and size, with why.
 */
export function registerPeers(program: Command): void {
  const peers = program
    .command('peers')
    .description(
      'Named peer sets: save, list, show, delete; suggest peers by industry structure and size',
    );
  registerSave(peers);
  registerList(peers);
  registerShow(peers);
  registerDelete(peers);
  registerSuggest(peers);
}

function registerSave(peers: Command): void {
  peers
    .command('save')
    .description('Save a peer set of clusters (or regions) chosen by name or id')
    .requiredOption('--name <name>', 'the set’s name')
    .requiredOption('--members <names...>', 'the peers, by name or id')
    .option('--subject <name>', 'the cluster (or region) the set is for')
    .option('--type <t>', 'cluster | region', 'cluster')
    .option('--note <text>', 'why these peers')
    .option(...DB)
    .option(...FORMAT)
    .action(
      async (o: {
        name: string;
        members: string[];
        subject?: string;
        type?: string;
        note?: string;
        db?: string;
        format?: string;
      }) => {
        const subjectType = contractValue('type', PeerSubjectType, o.type);
        const set = await withAtlas(db(o), async (d) => {
          await bootstrap(d);
          return savePeerSet(
            d,
            { name: o.name, members: o.members, subject: o.subject, subjectType, note: o.note },
            `${userInfo().username} (command line)`,
          );
        });
        say(`saved peer set ${set.id}: ${set.members.map((m) => m.name).join(', ')}`);
        emit(
          [
            {
              id: set.id,
              name: set.name,
              subject: set.subject ?? '',
              members: set.members.map((m) => m.id),
            },
          ],
          o,
        );
      },
    );
}

function registerList(peers: Command): void {
  peers
    .command('list')
    .description('Saved peer sets, newest first')
    .option('--subject <name>', 'only the sets for this cluster (name or id)')
    .option(...DB)
    .option(...FORMAT)
    .action(async (o: { subject?: string; db?: string; format?: string }) => {
      const sets = await withAtlas(db(o), async (d) => {
        await bootstrap(d);
        const subject = o.subject
          ? (await resolvePeerNames(d, 'cluster', [o.subject]))[0].id
          : undefined;
        return listPeerSets(d, subject);
      });
      emit(
        sets.map((s) => ({
          id: s.id,
          name: s.name,
          type: s.subjectType,
          subject: s.subject ?? '',
          members: s.members.map((m) => m.name),
        })),
        o,
        ['id', 'name', 'type', 'subject', 'members'],
      );
    });
}

function registerShow(peers: Command): void {
  peers
    .command('show')
    .argument('<id>', 'peer set id')
    .description('One peer set: its peers by id and name')
    .option(...DB)
    .option(...FORMAT)
    .action(async (id: string, o: { db?: string; format?: string }) => {
      const s = await withAtlas(db(o), async (d) => getPeerSet(d, id));
      say(
        `${s.name} (${s.subjectType}${s.subject ? ` for ${s.subject}` : ''}), by ${s.createdBy ?? 'unknown'} at ${s.createdAt}`,
      );
      emit(s.members, o, ['id', 'name']);
    });
}

function registerDelete(peers: Command): void {
  peers
    .command('delete')
    .argument('<id>', 'peer set id')
    .description('Delete a peer set')
    .option(...DB)
    .action(async (id: string, o: { db?: string }) => {
      await withAtlas(db(o), async (d) => removePeerSet(d, id));
      say(`deleted peer set ${id}`);
    });
}

function registerSuggest(peers: Command): void {
  peers
    .command('suggest')
    .argument('<cluster>', 'cluster name or id')
    .description(
      'Clusters most alike in industry structure (members by GB/T 4754 division) and size, with why',
    )
    .option('--limit <n>', 'how many (1-50)', '5')
    .option(...DB)
    .option(...FORMAT)
    .action(async (cluster: string, o: { limit?: string; db?: string; format?: string }) => {
      const limit = numberOption.whole('limit', o.limit ?? '5', 1, 50);
      const rows = await withAtlas(db(o), async (d) => {
        await bootstrap(d);
        const [me] = await resolvePeerNames(d, 'cluster', [cluster]);
        return suggestClusterPeers(d, me.id, limit);
      });
      emit(
        rows.map((r) => ({
          id: r.id,
          name: r.name,
          similarity: r.similarity.toFixed(3),
          industry: r.industrySimilarity.toFixed(3),
          size: r.sizeSimilarity.toFixed(3),
          why: r.reason.en,
        })),
        o,
        ['id', 'name', 'similarity', 'industry', 'size', 'why'],
      );
    });
}
