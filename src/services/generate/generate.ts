import { AtlasError } from '../../core/errors.ts';
import type { ClusterInput } from '../../core/model/cluster.ts';
import type { LinkInput, LinkType } from '../../core/model/link.ts';
import type {
  OrganizationInput,
  OrganizationKind,
  OrganizationTag,
} from '../../core/model/organization.ts';
import { type DefaultDataSet, type Product, type Site, loadDefaultData } from './defaultData.ts';
import { FIRST_YEAR, LAST_YEAR, type SizeRole, makeMeasures } from './measures.ts';
import { NameMaker } from './names.ts';
import { createRng, type Rng } from './prng.ts';

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

export interface ClusterMemberRecord {
  cluster: string;
  organization: string;
  role?: string;
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

type Kind = OrganizationKind;
type SynRole = 'leader' | 'tier1' | 'tier2' | 'sme' | 'service' | 'institute' | 'promoter';

interface SynOrg {
  rec: OrganizationInput;
  role: SynRole;
  product?: Product;
  networked: boolean;
  cluster: string;
}

interface ClusterCtx {
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

function scatter(rng: Rng, site: Site): [number, number] {
  // ~4 km standard deviation around the county seat.
  const sd = 0.035;
  const lat = site.center[1] + rng.normal(0, sd);
  const lon = site.center[0] + rng.normal(0, sd / Math.cos((site.center[1] * Math.PI) / 180));
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

export function generateSynthetic(opts: GenerateOptions): SyntheticDataSet {
  validate(opts);
  const { seed, base } = opts;
  const rng = createRng(seed);
  const names = new NameMaker(rng);
  const provenance = {
    source: `atlas generate --seed ${seed}`,
    method: 'synthetic' as const,
    verified: false,
    synthetic: true,
    note: 'Synthetic record made by the generator: not a real organisation or relation.',
  };

  const realById = new Map(base.organizations.map((o) => [o.id, o]));
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

  const organizations: OrganizationInput[] = [];
  const links: LinkInput[] = [];
  const clusterMembers: ClusterMemberRecord[] = [];
  const syn = new Map<string, SynOrg>();
  const linked = new Set<string>();
  const linkKeys = new Set<string>();
  let orgSeq = 0;
  let linkSeq = 0;
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');

  const addOrg = (
    ctx: ClusterCtx,
    role: SynRole,
    kind: Kind,
    pair: { name: string; nameEn: string },
    industries: string[],
    tags: OrganizationTag[],
    product: Product | undefined,
    networked: boolean,
  ): SynOrg => {
    const id = `syn-s${seed}-org-${pad(++orgSeq, 6)}`;
    const site = ctx.sites[rng.weighted(ctx.sites.map((s) => s.weight))];
    const founded =
      role === 'leader' || rng.chance(0.85)
        ? FIRST_YEAR
        : FIRST_YEAR + 1 + rng.int(LAST_YEAR - FIRST_YEAR);
    const sizeRole: SizeRole = tags.includes('little_giant')
      ? 'little_giant'
      : role === 'promoter'
        ? 'promoter'
        : role;
    const rec: OrganizationInput = {
      id,
      name: pair.name,
      nameEn: pair.nameEn,
      kind,
      region: site.region,
      coordinates: scatter(rng, site),
      crs: 'GCJ02',
      industries,
      tags,
      measures: makeMeasures(rng, sizeRole, industries[0], founded, tags.includes('high_tech')),
      provenance: { ...provenance },
    };
    const s: SynOrg = { rec, role, product, networked, cluster: ctx.cluster.id };
    organizations.push(rec);
    syn.set(id, s);
    ctx.firms.push(s);
    clusterMembers.push({ cluster: ctx.cluster.id, organization: id, role });
    return s;
  };

  const addLink = (
    from: string,
    to: string,
    type: LinkType,
    product?: string,
    value?: number,
    year?: number,
  ): boolean => {
    if (from === to) return false;
    const key = `${from}|${to}|${type}|${product ?? ''}`;
    if (linkKeys.has(key)) return false;
    linkKeys.add(key);
    const l: LinkInput = {
      id: `syn-s${seed}-link-${pad(++linkSeq, 7)}`,
      from,
      to,
      type,
      provenance: {
        ...provenance,
        note: 'Synthetic link made by the generator: not a real relation.',
      },
    };
    if (product !== undefined) l.product = product;
    if (value !== undefined) l.value = value;
    if (year !== undefined) l.year = year;
    links.push(l);
    linked.add(from);
    linked.add(to);
    return true;
  };

  const lastRevenue = (id: string): number => {
    const m = syn.get(id)?.rec.measures;
    return m && m.length > 0 ? (m[m.length - 1].revenue ?? 0) : 0;
  };
  const foundedOf = (id: string): number => syn.get(id)?.rec.measures?.[0]?.year ?? FIRST_YEAR;

  // 1. Organisations, cluster by cluster.
  const counts = apportion(
    opts.firms,
    ids.map((id) => base.profiles.clusters[id].weight),
  );
  const contexts: ClusterCtx[] = [];
  ids.forEach((id, ci) => {
    const cluster = byId.get(id)!;
    const profile = base.profiles.clusters[id];
    const members = (cluster.members ?? [])
      .map((m) => realById.get(m.organization))
      .filter((o) => o !== undefined);
    const ctx: ClusterCtx = {
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
    contexts.push(ctx);
    const n = counts[ci];
    const nLead = ctx.leaders.length === 0 && n >= 20 ? (n >= 200 ? 2 : 1) : 0;
    const nProm = ctx.promoters.length === 0 && n >= 30 ? 1 : 0;
    const nInst = n >= 15 ? Math.max(1, Math.round(n * 0.03)) : 0;
    const nSvc = n >= 8 ? Math.max(1, Math.round(n * 0.08)) : 0;
    const nFirm = n - nLead - nProm - nInst - nSvc;
    const core = (cluster.industries ?? [])[0] ?? ctx.products[0][2];
    const clusterName = cluster.name.replace(/集群$/, '');
    const clusterEn = (cluster.nameEn ?? cluster.id).replace(/ cluster$/, '');

    for (let k = 0; k < nLead; k++) {
      const s = addOrg(
        ctx,
        'leader',
        'enterprise',
        names.leader(clusterName.replace(/^.*市/, ''), clusterEn),
        [core],
        ['chain_leader', 'high_tech'],
        undefined,
        true,
      );
      ctx.leaders.push(s.rec.id);
    }
    if (nProm) {
      const s = addOrg(
        ctx,
        'promoter',
        'promotion_org',
        names.promotionOrg(clusterName, clusterEn),
        ['9522'],
        [],
        undefined,
        true,
      );
      ctx.promoters.push(s.rec.id);
    }
    for (let k = 0; k < nInst; k++) {
      const p = ctx.products[rng.weighted(ctx.productWeights)];
      const s = addOrg(
        ctx,
        'institute',
        'institute',
        names.institute(p[0], p[1]),
        ['7320'],
        [],
        p,
        true,
      );
      ctx.researchers.push(s.rec.id);
    }
    for (let k = 0; k < nSvc; k++) {
      const p = rng.pick(base.profiles.services);
      addOrg(ctx, 'service', 'service_provider', names.service(p[0], p[1]), [p[2]], [], p, true);
    }
    for (let k = 0; k < nFirm; k++) {
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
      const other = (cluster.industries ?? []).filter((c) => c !== p[2]);
      if (other.length > 0 && rng.chance(0.1)) industries.push(rng.pick(other));
      const s = addOrg(
        ctx,
        role,
        'enterprise',
        names.firm(p[0], p[1], false),
        industries,
        tags,
        p,
        rng.chance(ctx.networking),
      );
      if (role === 'tier1' && s.networked) ctx.tier1.push(s.rec.id);
    }
  });

  // Who buys each input product, over all clusters: supply across clusters (a second region).
  const buyersByProduct = new Map<string, string[]>();
  for (const ctx of contexts) {
    for (const name of new Set(ctx.products.map((p) => p[0]))) {
      if (ctx.endProducts.has(name)) continue;
      const list = buyersByProduct.get(name) ?? [];
      list.push(...ctx.buyersOf(name));
      buyersByProduct.set(name, list);
    }
  }

  // 2. Links.
  for (const ctx of contexts) {
    const networked = ctx.firms.filter((s) => s.networked && s.rec.kind === 'enterprise');
    const smes = networked.filter((s) => s.role !== 'leader').map((s) => s.rec.id);
    for (const s of ctx.firms) {
      if (!s.networked) continue;
      const id = s.rec.id;
      const since = foundedOf(id);
      const year = (): number => since + rng.int(LAST_YEAR - since + 1);
      const sellsToMarket = s.product !== undefined && ctx.endProducts.has(s.product[0]);
      if (s.rec.kind === 'enterprise' && s.role !== 'leader' && s.product && !sellsToMarket) {
        const buyers = ctx.buyersOf(s.product[0]);
        const k = 1 + (rng.chance(0.5) ? 1 : 0) + (rng.chance(0.2) ? 1 : 0);
        for (let j = 0; j < k; j++) {
          let to: string | undefined;
          const x = rng.next();
          if (x < 0.08) {
            const far = buyersByProduct.get(s.product[0]) ?? [];
            if (far.length > 0) to = rng.pick(far);
          } else if (s.role === 'tier2' && ctx.tier1.length > 0 && x < 0.85)
            to = rng.pick(ctx.tier1);
          else if (buyers.length > 0 && x < 0.8) to = rng.pick(buyers);
          else if (smes.length > 1) to = rng.pick(smes);
          if (!to) continue;
          const share = 0.05 + 0.35 * rng.next();
          // The value: a share of the supplier's revenue, in 万元 as revenue (core/model/link-value-unit.ts).
          addLink(
            id,
            to,
            'supply',
            s.product[0],
            Math.round((lastRevenue(id) * share * 10) / k) / 10,
            LAST_YEAR,
          );
        }
      }
      if (s.rec.kind === 'enterprise' && s.role !== 'leader' && s.product) {
        const pCollab = s.rec.tags?.includes('high_tech') ? 0.45 : 0.2;
        if (ctx.researchers.length > 0 && rng.chance(pCollab)) {
          addLink(
            id,
            rng.pick(ctx.researchers),
            'collaboration',
            `${s.product[0]}关键技术`,
            undefined,
            year(),
          );
        }
      }
      if (s.role === 'leader' && ctx.researchers.length > 0) {
        for (let j = 0; j < 2 + rng.int(3); j++) {
          addLink(
            id,
            rng.pick(ctx.researchers),
            'collaboration',
            `${ctx.cluster.name}共性技术`,
            undefined,
            year(),
          );
        }
      }
      if (s.role === 'service' && s.product && smes.length > 0) {
        const m = 3 + rng.int(12);
        for (let j = 0; j < m; j++)
          addLink(id, rng.pick(smes), 'service', s.product[0], undefined, year());
      }
      if (s.rec.kind === 'enterprise' && ctx.promoters.length > 0 && rng.chance(0.6)) {
        addLink(id, rng.pick(ctx.promoters), 'membership', undefined, undefined, year());
      }
    }
    // A networked organisation has at least one link.
    for (const s of ctx.firms) {
      const id = s.rec.id;
      if (!s.networked || linked.has(id)) continue;
      const year = foundedOf(id) + rng.int(LAST_YEAR - foundedOf(id) + 1);
      const others = smes.filter((p) => p !== id);
      if (s.rec.kind === 'institute' && others.length > 0) {
        addLink(
          rng.pick(others),
          id,
          'collaboration',
          `${s.product?.[0] ?? ''}技术合作`,
          undefined,
          year,
        );
      } else if (ctx.promoters.length > 0 && s.role !== 'promoter') {
        addLink(id, rng.pick(ctx.promoters), 'membership', undefined, undefined, year);
      } else if (
        s.role !== 'promoter' &&
        !(s.product && ctx.endProducts.has(s.product[0])) &&
        ctx.buyersOf(s.product?.[0] ?? '').some((p) => p !== id)
      ) {
        const to = rng.pick(ctx.buyersOf(s.product?.[0] ?? '').filter((p) => p !== id));
        addLink(
          id,
          to,
          s.role === 'service' ? 'service' : 'supply',
          s.product?.[0],
          undefined,
          LAST_YEAR,
        );
      } else if (others.length > 0) {
        addLink(rng.pick(others), id, 'membership', undefined, undefined, year);
      }
    }
  }

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

/** generateSynthetic around the bundled default data (reads data/default/). */
export function generateDefaultSynthetic(opts: Omit<GenerateOptions, 'base'>): SyntheticDataSet {
  return generateSynthetic({ ...opts, base: loadDefaultData() });
}
