import type { Command } from 'commander';
import { EvaluateOptions } from '../../contract/evaluation.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { clusterScorecard, type PeerChoice } from '../../services/evaluation/cluster-scorecard.ts';
import { rankClusters, type RankClustersOptions } from '../../services/evaluation/rank-clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { rankClustersOverYears } from '../../services/evaluation/rank-clusters-years.ts';
import { getPeerSet, resolvePeerNames } from '../../services/evaluation/peer-sets.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { choiceHelp, contractValue, rangeHelp } from '../contract-options.ts';
import { numberOption } from '../options/number-option.ts';
import { emitYears } from '../emit-years.ts';
import { emit, say } from '../output.ts';
import { yearOptions } from '../options/year-options.ts';

interface RankCliOptions {
  db?: string;
  designation?: string;
  synthetic?: string;
  system?: string;
  data?: string;
  method?: string;
  weights?: string;
  runs?: string;
  seed?: string;
  year?: string;
  years?: string;
  baseYear?: string;
  changes?: string;
  peerSet?: string;
  peers?: string[];
  scorecard?: string;
  out?: string;
  format?: string;
}

const E = EvaluateOptions.shape;

/**
 * `atlas rank`: the atlas's clusters ranked (the horse race) — one year or,
 * with --years, each year with rank changes, growth and what changed; among
 * all clusters of a designation or exactly a saved peer set (--peer-set) or
 * named clusters (--peers); --scorecard CLUSTER shows one cluster against
 * those peers.
 */
export function registerRank(program: Command): void {
  program
    .command('rank')
    .description(
      "Rank the atlas's clusters (one year or several, with rank changes), among all or exactly a peer set; a cluster's scorecard against its peers",
    )
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--designation <d>', 'only national | provincial | user | seed clusters')
    .option('--synthetic <s>', 'include | exclude synthetic members and links', 'include')
    .option('--system <file>', 'index system JSON (default: the store-measurable subset)')
    .option('--data <file>', 'extra values by cluster id (with a year column for --years)')
    .option('--method <m>', choiceHelp(E.method, E.method.unwrap().options))
    .option('--weights <w>', choiceHelp(E.weights, E.weights.unwrap().options))
    .option('--runs <n>', `Monte-Carlo runs over weights ${rangeHelp(E.runs)}`)
    .option('--seed <n>', `seed of the Monte-Carlo draws ${rangeHelp(E.seed)}`)
    .option(
      '--year <y>',
      'the clusters as they stood in year y (members dated by their yearly measures)',
    )
    .option('--years <list>', 'rank each year: 2018-2020 or 2018,2020')
    .option('--base-year <y>', 'with --years: every year on this year’s scale')
    .option('--changes <file>', 'with --years: what changed per indicator (CSV)')
    .option(
      '--peer-set <id>',
      'rank exactly the clusters of this saved peer set (atlas peers list)',
    )
    .option('--peers <names...>', 'rank exactly these clusters, by name or id')
    .option(
      '--scorecard <cluster>',
      'one cluster (name or id) against its peers: the peer set, --peers, else its type',
    )
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table')
    .action(async (opts: RankCliOptions) => {
      const options = {
        method: contractValue('method', E.method, opts.method),
        weights: contractValue('weights', E.weights, opts.weights),
        runs: numberOption.contract('runs', E.runs, opts.runs),
        seed: numberOption.contract('seed', E.seed, opts.seed),
        synthetic: contractValue('synthetic', E.synthetic, opts.synthetic),
        system: opts.system,
        data: opts.data,
        designation: opts.designation,
      };
      const yr = yearOptions(opts);
      await withAtlas({ path: opts.db }, async (db) => {
        await bootstrap(db);
        const named = opts.peers ? await resolvePeerNames(db, 'cluster', opts.peers) : null;
        if (opts.scorecard) {
          await printScorecard(db, opts, named, options);
          return;
        }
        const set = opts.peerSet ? await getPeerSet(db, opts.peerSet) : null;
        const only = set
          ? [...(set.subject ? [set.subject] : []), ...set.members.map((m) => m.id)]
          : named?.map((p) => p.id);
        // --year Y ranks the clusters as they stood in Y (members dated by their yearly measures).
        if (yr.years || yr.year !== undefined || yr.baseYear !== undefined) {
          const report = await rankClustersOverYears(db, {
            ...options,
            years: yr.years ?? (yr.year !== undefined ? [yr.year] : undefined),
            baseYear: yr.baseYear,
            only,
          });
          emitYears(report, opts);
          return;
        }
        const r = await rankClusters(db, { ...options, only });
        for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
        emit(r.rows as unknown as Record<string, unknown>[], opts, r.columns);
      });
    });
}

/** `--scorecard CLUSTER`: one cluster against its peers (a set, named clusters, else its type). */
async function printScorecard(
  db: Duck,
  opts: RankCliOptions,
  named: { id: string }[] | null,
  options: RankClustersOptions,
): Promise<void> {
  const [me] = await resolvePeerNames(db, 'cluster', [opts.scorecard as string]);
  const peers: PeerChoice | undefined = opts.peerSet
    ? { set: opts.peerSet }
    : named
      ? named.map((p) => p.id)
      : undefined;
  const card = await clusterScorecard(db, me.id, { ...options, peers });
  for (const w of card.warnings) say(`warning ${w.code}: ${w.message}`);
  say(
    `${card.name}: ${card.ranking ? `rank ${card.ranking.rank}, score ${card.ranking.score.toFixed(4)}` : card.status}; peers (${card.peerSet ? `peer set ${card.peerSet.name}` : card.peerChoice}): ${card.peers.join(', ')}`,
  );
  if (card.peersLeftOut.length)
    say(`peers without member data, left out: ${card.peersLeftOut.join(', ')}`);
  emit(card.comparison as unknown as Record<string, unknown>[], opts);
}
