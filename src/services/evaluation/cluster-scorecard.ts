import { comparePeers, type PeerRow } from '../../analytics/evaluation/compare-peers.ts';
import { diagnoseCluster, type DiagnosisRow } from '../../analytics/evaluation/diagnose-cluster.ts';
import { classifyCluster, type TypologyResult } from '../../analytics/evaluation/typology.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readClusters } from '../../store/queries/clusters.ts';
import { loadTypologyRules } from './load-typology-rules.ts';
import { getPeerSet, resolvePeerNames } from './peer-sets.ts';
import { rankClusters, type ClusterRankRow, type RankClustersOptions } from './rank-clusters.ts';

/** Peers: by type, field, all; a list of names or ids; or a saved peer set `{ set: id }`. */
export type PeerChoice = 'type' | 'field' | 'all' | string[] | { set: string };

export interface ClusterScorecard {
  cluster: string;
  name: string;
  /**
   * 'no_member_data': the cluster has no (real, when synthetic records are
   * excluded) member and so no rank, type, peers or diagnosis: they would be
   * drawn from nothing. The answer says so instead (ATLAS_W_NO_MEMBER_DATA).
   */
  status: 'scored' | 'no_member_data';
  ranking: ClusterRankRow | null;
  typology: TypologyResult | null;
  peers: string[];
  peerChoice: 'type' | 'field' | 'all' | 'manual' | 'set';
  /** The saved peer set that chose the peers; its clusters alone are then ranked and normalised. */
  peerSet: { id: string; name: string } | null;
  /** Peers chosen that have no member data: nothing to compare, left out (named here). */
  peersLeftOut: string[];
  comparison: PeerRow[];
  diagnosis: DiagnosisRow[];
  warnings: AtlasWarning[];
}

/**
 * One cluster's scorecard: its score and rank among the atlas's clusters
 * (rankClusters), its type and the path 干勇 等 (2022) give for it (typology),
 * where it stands against its peers indicator by indicator, and the type's
 * typical problems checked on those figures (diagnoseCluster). Peers: the
 * clusters of the same type (default), of the same field, all, or a list,
 * among those ranked. A cluster without member data gets status
 * 'no_member_data' and none of these.
 */
export async function clusterScorecard(
  db: Duck,
  id: string,
  opts: RankClustersOptions & { peers?: PeerChoice } = {},
): Promise<ClusterScorecard> {
  const clusters = (await readClusters(db)).filter(
    (c) => !opts.designation || c.designation === opts.designation,
  );
  const me = clusters.find((c) => c.id === id);
  if (!me) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster ${id}`, { id });
  const chosen = await chosenPeers(db, id, opts.peers);
  const ranking = await rankClusters(
    db,
    chosen.set ? { ...opts, designation: undefined, only: [id, ...(chosen.ids ?? [])] } : opts,
  );
  const choiceWord = chosen.set ? 'set' : chosen.ids ? 'manual' : (opts.peers as 'type');
  if (ranking.notRanked.some((r) => r.alternative === id))
    return noMemberData(id, me.name, choiceWord ?? 'type', chosen.set);
  // Peers are clusters that were ranked: those without member data have no values to compare.
  const ranked = new Set(ranking.rows.map((r) => r.alternative));
  const rules = await loadTypologyRules();
  const types = new Map(
    clusters.map((c) => [
      c.id,
      classifyCluster(
        { name: c.name, nameEn: c.nameEn ?? undefined, industries: c.industries },
        rules,
      ),
    ]),
  );
  const choice = chosen.ids ? 'manual' : ((opts.peers as 'type' | 'field' | 'all') ?? 'type');
  const listed = chosen.ids ?? [];
  const peers = chosen.ids
    ? listed.filter((p) => ranked.has(p))
    : clusters
        .filter((c) => c.id !== id && ranked.has(c.id))
        .filter((c) =>
          choice === 'type'
            ? types.get(c.id)?.type === types.get(id)?.type
            : choice === 'field'
              ? c.field === me.field
              : true,
        )
        .map((c) => c.id);
  const comparison = comparePeers(ranking.base, id, peers);
  const typology = types.get(id) as TypologyResult;
  return {
    cluster: id,
    name: me.name,
    status: 'scored',
    ranking: ranking.rows.find((r) => r.alternative === id) as ClusterRankRow,
    typology,
    peers,
    peerChoice: chosen.set ? 'set' : choice,
    peerSet: chosen.set,
    peersLeftOut: listed.filter((p) => !ranked.has(p)),
    comparison,
    diagnosis: diagnoseCluster(typology, comparison),
    warnings: ranking.warnings,
  };
}

/** A cluster without member data: no rank, type, peers or diagnosis, and a warning that says so. */
function noMemberData(
  id: string,
  name: string,
  peerChoice: ClusterScorecard['peerChoice'],
  peerSet: ClusterScorecard['peerSet'],
): ClusterScorecard {
  return {
    cluster: id,
    name,
    status: 'no_member_data',
    ranking: null,
    typology: null,
    peers: [],
    peerChoice,
    peerSet,
    peersLeftOut: [],
    comparison: [],
    diagnosis: [],
    warnings: [
      warning(
        'ATLAS_W_NO_MEMBER_DATA',
        `${name} has no member data: no rank, type, peer comparison or diagnosis is drawn`,
        { clusters: [id] },
      ),
    ],
  };
}

/** Peers given by names or ids, or by a saved set: their ids (and the set); null for type, field, all. */
async function chosenPeers(
  db: Duck,
  id: string,
  peers: PeerChoice | undefined,
): Promise<{ ids: string[] | null; set: { id: string; name: string } | null }> {
  if (peers && typeof peers === 'object' && !Array.isArray(peers)) {
    const set = await getPeerSet(db, peers.set);
    if (set.subjectType !== 'cluster')
      throw new AtlasError('ATLAS_E_BAD_VALUE', `peer set ${set.name} holds regions, not clusters`);
    return {
      ids: set.members.map((m) => m.id).filter((m) => m !== id),
      set: { id: set.id, name: set.name },
    };
  }
  if (Array.isArray(peers))
    return {
      ids: (await resolvePeerNames(db, 'cluster', peers)).map((p) => p.id).filter((p) => p !== id),
      set: null,
    };
  return { ids: null, set: null };
}

/**
 * GET /api/clusters/:id/scorecard: the cluster's scorecard among the
 * clusters of its own designation (ATLAS_E_NOT_FOUND for an unknown id).
 */
export async function scorecardInDesignation(
  db: Duck,
  id: string,
  opts: Omit<RankClustersOptions, 'designation'> & { peers?: PeerChoice } = {},
): Promise<ClusterScorecard> {
  const me = (await readClusters(db)).find((c) => c.id === id);
  if (!me) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster ${id}`, { id });
  return clusterScorecard(db, id, { ...opts, designation: String(me.designation) });
}
