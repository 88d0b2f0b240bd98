import { AtlasError } from '../../core/errors.ts';
import { readClusterMemberIds, type ChainOrgRow } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readRegions } from '../../store/queries/regions.ts';

/** Where a panorama looks: the members of a cluster, or the organisations located in a region. */
export type ScopeRequest = { cluster: string } | { region: string };

export interface ChainScope {
  type: 'cluster' | 'region';
  id: string;
  name: string;
  /** Region codes of the place (a cluster's regions, or the region itself). */
  regions: string[];
  /** Chain templates the cluster names, if any. */
  chainTemplates: string[];
  /** Whether an organisation is placed on the chain (a member; or located in the region). */
  contains(o: ChainOrgRow): boolean;
  /** Whether a supplier counts as inside the place (a member, or located in one of its regions). */
  inside(o: ChainOrgRow): boolean;
}

const inRegions = (o: ChainOrgRow, regions: readonly string[]): boolean =>
  regions.some((r) => o.region === r || o.prefecture === r || o.province === r);

export async function resolveScope(db: Duck, req: ScopeRequest): Promise<ChainScope> {
  if ('cluster' in req) {
    const c = await readCluster(db, req.cluster);
    if (!c)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${req.cluster}`, {
        id: req.cluster,
      });
    const members = new Set(await readClusterMemberIds(db, c.id));
    return {
      type: 'cluster',
      id: c.id,
      name: c.name,
      regions: c.regions,
      chainTemplates: c.chainTemplates,
      contains: (o) => members.has(o.id),
      inside: (o) => members.has(o.id) || inRegions(o, c.regions),
    };
  }
  const [r] = await readRegions(db, { codes: [req.region] });
  if (!r)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no region with code ${req.region}`, {
      code: req.region,
    });
  return {
    type: 'region',
    id: r.code,
    name: r.nameZh,
    regions: [r.code],
    chainTemplates: [],
    contains: (o) => inRegions(o, [r.code]),
    inside: (o) => inRegions(o, [r.code]),
  };
}
