import type { LinkInput, LinkType } from '../../core/model/link.ts';
import type {
  OrganizationInput,
  OrganizationKind,
  OrganizationTag,
} from '../../core/model/organization.ts';
import type { ClusterContext } from './cluster-context.ts';
import type { Product, Site } from './load-default-data.ts';
import { FIRST_YEAR, LAST_YEAR, type SizeRole, makeMeasures } from './measures.ts';
import type { Rng } from './prng.ts';
import type { SynRole, SynOrg } from './syn-org.ts';

export type { SynRole, SynOrg } from './syn-org.ts';

export interface ClusterMemberRecord {
  cluster: string;
  organization: string;
  role?: string;
}

export interface NewOrganization {
  role: SynRole;
  kind: OrganizationKind;
  pair: { name: string; nameEn: string };
  industries: string[];
  tags: OrganizationTag[];
  product: Product | undefined;
  networked: boolean;
}

function scatter(rng: Rng, site: Site): [number, number] {
  // ~4 km standard deviation around the county seat.
  const sd = 0.035;
  const lat = site.center[1] + rng.normal(0, sd);
  const lon = site.center[0] + rng.normal(0, sd / Math.cos((site.center[1] * Math.PI) / 180));
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function syntheticProvenance(seed: number) {
  return {
    source: `atlas generate --seed ${seed}`,
    method: 'synthetic' as const,
    verified: false,
    synthetic: true,
    note: 'Synthetic record made by the generator: not a real organisation or relation.',
  };
}

/**
 * The records the synthetic generator has made so far, and the two ways it
 * makes one: an organisation placed at one of its cluster's sites, a link
 * (never a self-link, never twice the same from|to|type|product). Ids are
 * numbered in the order of creation, so the order of the calls is the output.
 */
export class SyntheticRecords {
  readonly organizations: OrganizationInput[] = [];
  readonly links: LinkInput[] = [];
  readonly clusterMembers: ClusterMemberRecord[] = [];
  /** Every organisation that has at least one link. */
  readonly linked = new Set<string>();
  private readonly syn = new Map<string, SynOrg>();
  private readonly linkKeys = new Set<string>();
  private orgSeq = 0;
  private linkSeq = 0;
  private readonly provenance: ReturnType<typeof syntheticProvenance>;
  private readonly seed: number;
  private readonly rng: Rng;

  constructor(seed: number, rng: Rng) {
    this.seed = seed;
    this.rng = rng;
    this.provenance = syntheticProvenance(seed);
  }

  addOrg(ctx: ClusterContext, o: NewOrganization): SynOrg {
    const { role, tags, industries } = o;
    const rng = this.rng;
    const id = `syn-s${this.seed}-org-${pad(++this.orgSeq, 6)}`;
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
      name: o.pair.name,
      nameEn: o.pair.nameEn,
      kind: o.kind,
      region: site.region,
      coordinates: scatter(rng, site),
      crs: 'GCJ02',
      industries,
      tags,
      measures: makeMeasures(rng, sizeRole, industries[0], founded, tags.includes('high_tech')),
      provenance: { ...this.provenance },
    };
    const s: SynOrg = {
      rec,
      role,
      product: o.product,
      networked: o.networked,
      cluster: ctx.cluster.id,
    };
    this.organizations.push(rec);
    this.syn.set(id, s);
    ctx.firms.push(s);
    this.clusterMembers.push({ cluster: ctx.cluster.id, organization: id, role });
    return s;
  }

  addLink(
    from: string,
    to: string,
    type: LinkType,
    product?: string,
    value?: number,
    year?: number,
  ): boolean {
    if (from === to) return false;
    const key = `${from}|${to}|${type}|${product ?? ''}`;
    if (this.linkKeys.has(key)) return false;
    this.linkKeys.add(key);
    const l: LinkInput = {
      id: `syn-s${this.seed}-link-${pad(++this.linkSeq, 7)}`,
      from,
      to,
      type,
      provenance: {
        ...this.provenance,
        note: 'Synthetic link made by the generator: not a real relation.',
      },
    };
    if (product !== undefined) l.product = product;
    if (value !== undefined) l.value = value;
    if (year !== undefined) l.year = year;
    this.links.push(l);
    this.linked.add(from);
    this.linked.add(to);
    return true;
  }

  lastRevenue(id: string): number {
    const m = this.syn.get(id)?.rec.measures;
    return m && m.length > 0 ? (m[m.length - 1].revenue ?? 0) : 0;
  }

  foundedOf(id: string): number {
    return this.syn.get(id)?.rec.measures?.[0]?.year ?? FIRST_YEAR;
  }
}
