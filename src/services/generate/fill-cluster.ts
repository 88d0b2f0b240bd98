import type { OrganizationTag } from '../../core/model/organization.ts';
import type { ClusterContext } from './cluster-context.ts';
import type { Product } from './load-default-data.ts';
import type { NameMaker } from './names.ts';
import type { Rng } from './prng.ts';
import type { SynRole, SyntheticRecords } from './synthetic-records.ts';

/**
 * The synthetic organisations of one cluster, in a fixed order: chain
 * leaders (only where the cluster has none and n ≥ 20), a promotion
 * organisation (none there and n ≥ 30), institutes (3%), service providers
 * (8%), and the rest firms: tier 1 / tier 2 / SME by a draw, SME when the
 * product sells to the market; 5% little giants. The order of the draws is
 * the output: change nothing here without a new seed's expected data.
 */
export interface FillCluster {
  records: SyntheticRecords;
  names: NameMaker;
  rng: Rng;
  /** The service products of the profiles. */
  services: Product[];
}

export function fillCluster(f: FillCluster, ctx: ClusterContext, n: number): void {
  const { records, names, rng } = f;
  const cluster = ctx.cluster;
  const nLead = ctx.leaders.length === 0 && n >= 20 ? (n >= 200 ? 2 : 1) : 0;
  const nProm = ctx.promoters.length === 0 && n >= 30 ? 1 : 0;
  const nInst = n >= 15 ? Math.max(1, Math.round(n * 0.03)) : 0;
  const nSvc = n >= 8 ? Math.max(1, Math.round(n * 0.08)) : 0;
  const nFirm = n - nLead - nProm - nInst - nSvc;
  const core = (cluster.industries ?? [])[0] ?? ctx.products[0][2];
  const clusterName = cluster.name.replace(/集群$/, '');
  const clusterEn = (cluster.nameEn ?? cluster.id).replace(/ cluster$/, '');

  for (let k = 0; k < nLead; k++) {
    const s = records.addOrg(ctx, {
      role: 'leader',
      kind: 'enterprise',
      pair: names.leader(clusterName.replace(/^.*市/, ''), clusterEn),
      industries: [core],
      tags: ['chain_leader', 'high_tech'],
      product: undefined,
      networked: true,
    });
    ctx.leaders.push(s.rec.id);
  }
  if (nProm) {
    const s = records.addOrg(ctx, {
      tags: [],
      networked: true,
      role: 'promoter',
      kind: 'promotion_org',
      pair: names.promotionOrg(clusterName, clusterEn),
      industries: ['9522'],
      product: undefined,
    });
    ctx.promoters.push(s.rec.id);
  }
  for (let k = 0; k < nInst; k++) {
    const p = ctx.products[rng.weighted(ctx.productWeights)];
    const s = records.addOrg(ctx, {
      tags: [],
      networked: true,
      role: 'institute',
      kind: 'institute',
      pair: names.institute(p[0], p[1]),
      industries: ['7320'],
      product: p,
    });
    ctx.researchers.push(s.rec.id);
  }
  for (let k = 0; k < nSvc; k++) {
    const p = rng.pick(f.services);
    const pair = names.service(p[0], p[1]);
    records.addOrg(ctx, {
      tags: [],
      networked: true,
      role: 'service',
      kind: 'service_provider',
      pair,
      industries: [p[2]],
      product: p,
    });
  }
  for (let k = 0; k < nFirm; k++) addFirm(f, ctx);
}

function addFirm(f: FillCluster, ctx: ClusterContext): void {
  const { records, names, rng } = f;
  const p = ctx.products[rng.weighted(ctx.productWeights)];
  const x = rng.next();
  const role: SynRole = ctx.endProducts.has(p[0])
    ? 'sme'
    : x < 0.5
      ? 'tier1'
      : x < 0.8
        ? 'tier2'
        : 'sme';
  const tags: OrganizationTag[] = [];
  if (rng.chance(0.05)) tags.push('little_giant', 'specialised_sme', 'high_tech');
  else {
    if (rng.chance(0.12)) tags.push('specialised_sme');
    if (rng.chance(0.3)) tags.push('high_tech');
  }
  if (tags.includes('little_giant') && rng.chance(0.1)) tags.push('single_champion');
  const industries = [p[2]];
  const other = (ctx.cluster.industries ?? []).filter((c) => c !== p[2]);
  if (other.length > 0 && rng.chance(0.1)) industries.push(rng.pick(other));
  const pair = names.firm(p[0], p[1], false);
  const s = records.addOrg(ctx, {
    role,
    kind: 'enterprise',
    pair,
    industries,
    tags,
    product: p,
    networked: rng.chance(ctx.networking),
  });
  if (role === 'tier1' && s.networked) ctx.tier1.push(s.rec.id);
}
