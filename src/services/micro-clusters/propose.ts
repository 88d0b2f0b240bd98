import { counted } from '../../analytics/chain/place.ts';
import {
  proposeMicroClusters,
  type ProblemMembers,
} from '../../analytics/network/micro-cluster-proposals.ts';
import type { MicroClusterProposals } from '../../contract/micro-clusters.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readMicroClusters } from '../../store/micro-clusters.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readClusterNetwork } from '../../store/queries/cluster-network.ts';
import { chainContext } from '../chain/panorama.ts';

export type { MicroClusterProposals };

/**
 * Micro-clusters a promotion organisation could start in a cluster: one per
 * shared key problem — an R&D topic named on collaboration links that touch
 * the cluster's members, or (with a chain template) a choke-point node and the
 * member firms placed on it with their research partners — ranked by
 * micro-cluster-proposals.ts. Problems an active group already works on are
 * left out.
 */
export async function proposeClusterMicroClusters(
  db: Duck,
  cluster: string,
  opts: { chain?: string; minMembers?: number; maxMembers?: number; limit?: number } = {},
): Promise<MicroClusterProposals> {
  if (!(await readCluster(db, cluster)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  const { organizations, links } = await readClusterNetwork(db, cluster);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const member = (id: string) => ({ id, kind: byId.get(id)?.kind ?? 'unknown' });
  const problems = new Map<string, ProblemMembers>();
  const partnersOf = new Map<string, string[]>();
  for (const l of links) {
    if (l.type !== 'collaboration') continue;
    for (const [a, b] of [
      [l.source, l.target],
      [l.target, l.source],
    ]) {
      if (!partnersOf.has(a)) partnersOf.set(a, []);
      partnersOf.get(a)!.push(b);
    }
    if (!l.product) continue;
    const key = `topic:${l.product}`;
    if (!problems.has(key))
      problems.set(key, { id: key, label: l.product, kind: 'topic', members: [] });
    const p = problems.get(key)!;
    (p.members as { id: string; kind: string }[]).push(member(l.source), member(l.target));
  }
  let chain: string | null = null;
  if (opts.chain) {
    const ctx = await chainContext(db, { cluster, chain: opts.chain });
    chain = ctx.template.id;
    for (const node of ctx.template.nodes.filter((n) => n.critical)) {
      const firms = ctx.placements
        .filter((p) => p.node === node.id && counted(p) && byId.get(p.organization)?.member)
        .map((p) => p.organization);
      const ids = new Set(firms);
      for (const f of firms)
        for (const q of partnersOf.get(f) ?? [])
          if (['university', 'institute', 'platform'].includes(byId.get(q)?.kind ?? '')) ids.add(q);
      problems.set(`node:${chain}/${node.id}`, {
        id: `node:${chain}/${node.id}`,
        label: node.nameZh,
        kind: 'chain_node',
        members: [...ids].map(member),
      });
    }
  }
  const active = (await readMicroClusters(db, { cluster })).filter((m) => m.state === 'active');
  const taken = [...new Set(active.map((m) => m.problem))].sort();
  const open = [...problems.values()].filter((p) => !taken.includes(p.id));
  const proposals = proposeMicroClusters(open, opts).slice(0, opts.limit ?? 20);
  return {
    cluster,
    chain,
    proposals: proposals.map((p) => ({
      ...p,
      members: p.members.map((id) => {
        const o = byId.get(id);
        return {
          id,
          name: o?.name ?? id,
          kind: o?.kind ?? 'unknown',
          member: o?.member ?? false,
          synthetic: o?.synthetic ?? false,
        };
      }),
    })),
    taken,
    rule: 'a shared problem with ≥ 3 organisations and ≥ 1 firm; ranked by firms × (1 + research organisations) (Cluster Atlas convention)',
  };
}
