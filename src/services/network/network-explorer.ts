import { louvain } from '../../analytics/network/louvain.ts';
import { pagerank } from '../../analytics/network/pagerank.ts';
import { AtlasError } from '../../core/errors.ts';
import type { NetworkExplorer } from '../../contract/network.ts';
import { answerWarnings } from '../answer-warnings.ts';
import type { Duck } from '../../store/duck.ts';
import { readAtlasNetwork } from '../../store/queries/atlas-network.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readClusterNetwork } from '../../store/queries/cluster-network.ts';
import { TIE_TYPES } from '../../analytics/network/gathered-not-networked.ts';
import { linkGraph } from '../../analytics/network/link-graph.ts';

export type { NetworkExplorer };

/**
 * The network for the WebGL explorer: every organisation with a tie of the
 * chosen types — atlas-wide, or around one cluster (its members and their
 * partners) — with degree, PageRank and Louvain community (seed 1) from our
 * engine, edges as index triples to keep the answer small. No link values:
 * they are confidential. Capped at maxNodes by degree.
 */
export async function networkExplorer(
  db: Duck,
  o: { cluster?: string; types?: string[]; maxNodes?: number } = {},
): Promise<NetworkExplorer> {
  const types = o.types?.length ? o.types : [...TIE_TYPES];
  let data;
  if (o.cluster) {
    if (!(await readCluster(db, o.cluster)))
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${o.cluster}`, {
        id: o.cluster,
      });
    data = await readClusterNetwork(db, o.cluster);
  } else data = await readAtlasNetwork(db, types);
  const typeSet = new Set(types);
  const known = new Map(data.organizations.map((x) => [x.id, x]));
  const links = data.links.filter(
    (l) =>
      typeSet.has(l.type) && known.has(l.source) && known.has(l.target) && l.source !== l.target,
  );
  const degree = new Map<string, number>();
  for (const l of links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const ranked = [...degree.keys()].sort(
    (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b),
  );
  const max = o.maxNodes ?? 20_000;
  const kept = ranked.slice(0, max);
  const index = new Map(kept.map((id, i) => [id, i]));
  const inside = links.filter((l) => index.has(l.source) && index.has(l.target));
  const { graph, warnings } = linkGraph(inside, { nodes: kept });
  const pr = pagerank(graph).scores;
  const comm = louvain(graph, { seed: 1 });
  return {
    scope: o.cluster ?? 'atlas',
    types,
    nodes: kept.map((id, i) => {
      const x = known.get(id)!;
      return {
        id,
        name: x.name,
        kind: x.kind,
        member: x.member,
        synthetic: x.synthetic,
        degree: degree.get(id) ?? 0,
        pagerank: pr[i],
        community: comm.membership[i],
      };
    }),
    edges: inside.map((l): [number, number, number] => [
      index.get(l.source)!,
      index.get(l.target)!,
      types.indexOf(l.type),
    ]),
    communities: comm.count,
    modularity: comm.modularity,
    nodesOmitted: ranked.length - kept.length,
    warnings: answerWarnings(warnings),
  };
}
