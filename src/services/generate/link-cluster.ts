import { LAST_YEAR } from './measures.ts';
import type { ClusterContext } from './cluster-context.ts';
import type { Rng } from './prng.ts';
import type { SynOrg, SyntheticRecords } from './synthetic-records.ts';

/**
 * The synthetic links of one cluster: supply toward buyers (8% across
 * clusters, tier 2 toward tier 1, else the product's buyers or another SME),
 * valued as a share of the supplier's revenue in 万元; collaboration with
 * researchers (45% for high-tech firms, 20% otherwise; 2–4 for a leader);
 * service from providers; membership of the promotion organisation (60%).
 * Then every networked organisation left without a link gets one. The order
 * of the draws is the output.
 */
export interface LinkCluster {
  records: SyntheticRecords;
  rng: Rng;
  /** Input product (zh) → who buys it over all clusters. */
  buyersByProduct: ReadonlyMap<string, string[]>;
}

export function linkCluster(l: LinkCluster, ctx: ClusterContext): void {
  const networked = ctx.firms.filter((s) => s.networked && s.rec.kind === 'enterprise');
  const smes = networked.filter((s) => s.role !== 'leader').map((s) => s.rec.id);
  for (const s of ctx.firms) {
    if (s.networked) linkOrganization(l, ctx, smes, s);
  }
  // A networked organisation has at least one link.
  for (const s of ctx.firms) {
    if (s.networked && !l.records.linked.has(s.rec.id)) linkLoneOrganization(l, ctx, smes, s);
  }
}

function addSupply(l: LinkCluster, ctx: ClusterContext, smes: string[], s: SynOrg): void {
  const { records, rng } = l;
  const id = s.rec.id;
  const product = s.product![0];
  const buyers = ctx.buyersOf(product);
  const k = 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0);
  for (let j = 0; j < k; j++) {
    let to: string | undefined;
    const x = rng.next();
    if (x < 0.08) {
      const far = l.buyersByProduct.get(product) ?? [];
      if (far.length > 0) to = rng.pick(far);
    } else if (s.role === 'tier2' && ctx.tier1.length > 0 && x < 0.85) to = rng.pick(ctx.tier1);
    else if (buyers.length > 0 && x < 0.8) to = rng.pick(buyers);
    else if (smes.length > 1) to = rng.pick(smes);
    if (!to) continue;
    const share = 0.05 + 0.35 * rng.next();
    // The value: a share of the supplier's revenue, in 万元 as revenue (core/model/link-value-unit.ts).
    const value = Math.round((records.lastRevenue(id) * share * 10) / k) / 10;
    records.addLink(id, to, 'supply', product, value, LAST_YEAR);
  }
}

function linkOrganization(l: LinkCluster, ctx: ClusterContext, smes: string[], s: SynOrg): void {
  const { records, rng } = l;
  const id = s.rec.id;
  const since = records.foundedOf(id);
  const year = (): number => since + rng.int(LAST_YEAR - since + 1);
  const firm = s.rec.kind === 'enterprise' && s.role !== 'leader';
  const sellsToMarket = s.product !== undefined && ctx.endProducts.has(s.product[0]);
  if (firm && s.product && !sellsToMarket) addSupply(l, ctx, smes, s);
  if (firm && s.product) {
    const pCollab = s.rec.tags?.includes('high_tech') ? 0.45 : 0.2;
    if (ctx.researchers.length > 0 && rng.chance(pCollab)) {
      const to = rng.pick(ctx.researchers);
      records.addLink(id, to, 'collaboration', `${s.product[0]}关键技术`, undefined, year());
    }
  }
  if (s.role === 'leader' && ctx.researchers.length > 0) {
    for (let j = 0; j < 2 + rng.int(3); j++) {
      const to = rng.pick(ctx.researchers);
      const topic = `${ctx.cluster.name}共性技术`;
      records.addLink(id, to, 'collaboration', topic, undefined, year());
    }
  }
  if (s.role === 'service' && s.product && smes.length > 0) {
    const m = 3 + rng.int(12);
    for (let j = 0; j < m; j++)
      records.addLink(id, rng.pick(smes), 'service', s.product[0], undefined, year());
  }
  if (s.rec.kind === 'enterprise' && ctx.promoters.length > 0 && rng.chance(0.6)) {
    records.addLink(id, rng.pick(ctx.promoters), 'membership', undefined, undefined, year());
  }
}

function linkLoneOrganization(
  l: LinkCluster,
  ctx: ClusterContext,
  smes: string[],
  s: SynOrg,
): void {
  const { records, rng } = l;
  const id = s.rec.id;
  const year = records.foundedOf(id) + rng.int(LAST_YEAR - records.foundedOf(id) + 1);
  const others = smes.filter((p) => p !== id);
  const product = s.product?.[0];
  if (s.rec.kind === 'institute' && others.length > 0) {
    const from = rng.pick(others);
    records.addLink(from, id, 'collaboration', `${product ?? ''}技术合作`, undefined, year);
  } else if (ctx.promoters.length > 0 && s.role !== 'promoter') {
    records.addLink(id, rng.pick(ctx.promoters), 'membership', undefined, undefined, year);
  } else if (
    s.role !== 'promoter' &&
    !(s.product && ctx.endProducts.has(s.product[0])) &&
    ctx.buyersOf(product ?? '').some((p) => p !== id)
  ) {
    const to = rng.pick(ctx.buyersOf(product ?? '').filter((p) => p !== id));
    const type = s.role === 'service' ? 'service' : 'supply';
    records.addLink(id, to, type, product, undefined, LAST_YEAR);
  } else if (others.length > 0) {
    records.addLink(rng.pick(others), id, 'membership', undefined, undefined, year);
  }
}
