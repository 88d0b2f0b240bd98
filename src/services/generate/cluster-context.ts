import type { ClusterInput } from '../../core/model/cluster.ts';
import type { OrganizationInput } from '../../core/model/organization.ts';
import type { DefaultDataSet, Product, Site } from './load-default-data.ts';
import type { SynOrg } from './syn-org.ts';

/**
 * What the synthetic generator knows of one cluster while it fills it: its
 * products (Zipf-like weights), sites, networking share, and who is there
 * to buy, research and promote — the real members first, the synthetic ones
 * appended as they are made.
 */
export interface ClusterContext {
  cluster: ClusterInput;
  products: Product[];
  productWeights: number[];
  sites: Site[];
  networking: number;
  leaders: string[];
  /** Product (zh) → who buys it: profile buyers, else the chain leaders. */
  buyersOf: (product: string) => string[];
  endProducts: Set<string>;
  researchers: string[];
  promoters: string[];
  tier1: string[];
  firms: SynOrg[];
}

export function clusterContext(
  base: DefaultDataSet,
  cluster: ClusterInput,
  realById: ReadonlyMap<string, OrganizationInput>,
): ClusterContext {
  const id = cluster.id;
  const profile = base.profiles.clusters[id];
  const members = (cluster.members ?? [])
    .map((m) => realById.get(m.organization))
    .filter((o) => o !== undefined);
  const ctx: ClusterContext = {
    cluster,
    products: profile.products,
    // Zipf-like: a few products have many makers, the last ones one or two.
    productWeights: profile.products.map((_, k) => 1 / Math.pow(k + 1, 0.9)),
    sites: base.sites.clusters[id],
    networking: profile.networking,
    leaders: members
      .filter((o) => o.kind === 'enterprise' && o.tags?.includes('chain_leader'))
      .map((o) => o.id),
    researchers: members
      .filter((o) => o.kind === 'university' || o.kind === 'institute' || o.kind === 'platform')
      .map((o) => o.id),
    promoters: members
      .filter((o) => o.kind === 'promotion_org' || o.kind === 'association')
      .map((o) => o.id),
    buyersOf: (product) => profile.buyers?.[product] ?? ctx.leaders,
    endProducts: new Set(profile.endProducts ?? []),
    tier1: [],
    firms: [],
  };
  return ctx;
}
