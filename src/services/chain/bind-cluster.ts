import type { ClusterChains } from '../../contract/chains.ts';
import { AtlasError } from '../../core/errors.ts';
import { chainBindingOf } from '../../store/chain-bindings.ts';
import { writeClusterChainTemplates } from '../../store/clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { getChainTemplate } from './templates.ts';

export type { ClusterChains };

/** A cluster's chain templates and where they come from. */
export async function clusterChains(db: Duck, cluster: string): Promise<ClusterChains> {
  const c = await readCluster(db, cluster);
  if (!c)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  return {
    cluster: c.id,
    chainTemplates: c.chainTemplates,
    chainTemplatesBy: c.chainTemplatesBy,
    fields: chainBindingOf(c.id)?.fields ?? [],
  };
}

/**
 * An analyst's choice of chain templates for a cluster, in order (the first
 * is the panorama's default); an empty list returns the cluster to its
 * field's templates. Every template must exist (bundled or imported);
 * nothing is written otherwise.
 */
export async function bindClusterChains(
  db: Duck,
  cluster: string,
  templates: readonly string[],
): Promise<ClusterChains> {
  const unique = [...new Set(templates)];
  for (const t of unique) await getChainTemplate(t, db);
  const found = await db.transaction((tx) => writeClusterChainTemplates(tx, cluster, unique));
  if (!found)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  return clusterChains(db, cluster);
}
