import { AtlasError } from '../../core/errors.ts';
import type { LinkInput, LinkType } from '../../core/model/link.ts';
import type { OrganizationInput } from '../../core/model/organization.ts';
import { type ClusterContext, clusterContext } from './cluster-context.ts';
import { type DefaultDataSet, loadDefaultData } from './load-default-data.ts';
import { fillCluster } from './fill-cluster.ts';
import { linkCluster } from './link-cluster.ts';
import { NameMaker } from './names.ts';
import { createRng } from './prng.ts';
import { type ClusterMemberRecord, SyntheticRecords } from './synthetic-records.ts';

export type { ClusterMemberRecord } from './synthetic-records.ts';

/**
 * The deterministic synthetic generator behind `atlas generate`: SMEs, little
 * giants, suppliers, service providers, a few institutes and, where a cluster
 * has none, a chain leader and a promotion organisation, placed around the
 * default clusters, with yearly measures and links:
 * - supply toward the chain leaders (tier 1), toward tier-1 firms (tier 2),
 *   now and then across clusters that make the same product, with products;
 * - collaboration (产学研) with the cluster's universities, institutes and
 *   platforms, real or synthetic;
 * - service from service providers; membership of the promotion organisation.
 * A share 1 − networking (profiles.json, per cluster; ≈30% overall) of the
 * firms gets no link at all: co-located but not linked, 集而不群.
 *
 * Same seed and options → identical output (sfc32, prng.ts; no clock, no
 * Math.random). Every record is marked synthetic in its provenance, its id
 * (syn-…) and its name (【合成】…, "(synthetic)"). Links may point at real
 * organisations of the default data: the link itself is synthetic.
 * Cost: O(firms + links).
 */
export interface GenerateOptions {
  /** Unsigned 32-bit seed. */
  seed: number;
  /** How many synthetic organisations to make in total (firms, providers, institutes). */
  firms: number;
  /** Cluster ids to place them around; default all clusters of `base`. */
  clusters?: readonly string[];
  /** The records to build around (the default data set). */
  base: DefaultDataSet;
}

export interface SyntheticDataSet {
  meta: {
    generator: 'atlas generate';
    seed: number;
    firms: number;
    clusters: string[];
    synthetic: true;
    counts: { organizations: number; links: Record<LinkType, number>; unlinkedFirms: number };
  };
  organizations: OrganizationInput[];
  links: LinkInput[];
  clusterMembers: ClusterMemberRecord[];
}

export const MAX_FIRMS = 200_000;
/** What `npm start` generates on first run (the store/import side decides). */
export const DEFAULT_GENERATE = { seed: 2024, firms: 3000 } as const;

function validate(opts: GenerateOptions): void {
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `seed must be an integer 0..4294967295, got ${opts.seed}`,
      {
        field: 'seed',
        value: opts.seed,
      },
    );
  }
  if (!Number.isInteger(opts.firms) || opts.firms < 0 || opts.firms > MAX_FIRMS) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `firms must be an integer 0..${MAX_FIRMS}, got ${opts.firms}`,
      {
        field: 'firms',
        value: opts.firms,
      },
    );
  }
}

/** Largest-remainder apportionment: integer shares of `total` proportional to `weights`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, frac: q - Math.floor(q) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length].i]++;
  return counts;
}

export function generateSynthetic(opts: GenerateOptions): SyntheticDataSet {
  validate(opts);
  const { seed, base } = opts;
  const rng = createRng(seed);
  const names = new NameMaker(rng);
  const ids = clusterIds(opts);
  const records = new SyntheticRecords(seed, rng);

  // 1. Organisations, cluster by cluster.
  const realById = new Map(base.organizations.map((o) => [o.id, o]));
  const byId = new Map(base.clusters.map((c) => [c.id, c]));
  const counts = apportion(
    opts.firms,
    ids.map((id) => base.profiles.clusters[id].weight),
  );
  const fill = { records, names, rng, services: base.profiles.services };
  const contexts = ids.map((id, ci) => {
    const ctx = clusterContext(base, byId.get(id)!, realById);
    fillCluster(fill, ctx, counts[ci]);
    return ctx;
  });

  // 2. Links.
  const link = { records, rng, buyersByProduct: buyersByProduct(contexts) };
  for (const ctx of contexts) linkCluster(link, ctx);

  const { organizations, links, clusterMembers, linked } = records;
  const byType = {
    supply: 0,
    collaboration: 0,
    ownership: 0,
    investment: 0,
    membership: 0,
    service: 0,
    competition: 0,
  };
  for (const l of links) byType[l.type]++;
  const unlinkedFirms = organizations.filter(
    (o) => o.kind === 'enterprise' && !linked.has(o.id),
  ).length;
  return {
    meta: {
      generator: 'atlas generate',
      seed,
      firms: opts.firms,
      clusters: ids,
      synthetic: true,
      counts: { organizations: organizations.length, links: byType, unlinkedFirms },
    },
    organizations,
    links,
    clusterMembers,
  };
}

/** The clusters to fill: the options' (all known to the base) or all of the base. */
function clusterIds(opts: GenerateOptions): string[] {
  const { base } = opts;
  const byId = new Map(base.clusters.map((c) => [c.id, c]));
  const ids = opts.clusters ? [...opts.clusters] : base.clusters.map((c) => c.id);
  const unknown = ids.filter(
    (id) => !byId.has(id) || !base.profiles.clusters[id] || !base.sites.clusters[id],
  );
  if (unknown.length > 0) {
    throw new AtlasError('ATLAS_E_UNKNOWN_NAME', `unknown cluster(s): ${unknown.join(', ')}`, {
      unknown,
      allowed: base.clusters.map((c) => c.id),
    });
  }
  if (ids.length === 0 && opts.firms > 0) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'no cluster to place the firms around', {
      field: 'clusters',
    });
  }
  return ids;
}

/** Who buys each input product, over all clusters: supply across clusters (a second region). */
function buyersByProduct(contexts: readonly ClusterContext[]): Map<string, string[]> {
  const byProduct = new Map<string, string[]>();
  for (const ctx of contexts) {
    for (const name of new Set(ctx.products.map((p) => p[0]))) {
      if (ctx.endProducts.has(name)) continue;
      const list = byProduct.get(name) ?? [];
      list.push(...ctx.buyersOf(name));
      byProduct.set(name, list);
    }
  }
  return byProduct;
}

/** generateSynthetic around the bundled default data (reads data/default/). */
export function generateDefaultSynthetic(opts: Omit<GenerateOptions, 'base'>): SyntheticDataSet {
  return generateSynthetic({ ...opts, base: loadDefaultData() });
}
