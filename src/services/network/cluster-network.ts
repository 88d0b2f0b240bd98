import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { queryCluster, queryClusters } from '../../store/queries/clusters.ts';
import { queryClusterNetwork, type NetworkOrgRow } from '../../store/queries/cluster-network.ts';
import { burtConstraint } from '../../analytics/network/burt-constraint.ts';
import { louvain } from '../../analytics/network/louvain.ts';
import { pagerank } from '../../analytics/network/pagerank.ts';
import {
  gatheredNotNetworked,
  TIE_TYPES,
  type GatheringIndex,
  type InsufficientReason,
} from '../../analytics/network/gathered-not-networked.ts';
import { linkGraph } from '../../analytics/network/link-graph.ts';
import { syntheticMark, syntheticWarnings, type SyntheticMark } from '../synthetic-share.ts';

const RESEARCH = new Set(['university', 'institute', 'platform']);

/** Nodes drawn at most; the best-connected are kept. */
export const MAX_DRAWN_NODES = 400;

export interface NetworkNode extends NetworkOrgRow {
  /** Ties (TIE_TYPES links) among the drawn nodes. */
  degree: number;
  /** PageRank over the ties among the drawn nodes (undirected, damping 0.85). */
  pagerank: number;
  /** Burt's constraint: low = a broker between groups that are not otherwise tied; NaN when isolated. */
  constraint: number | null;
  /** Louvain community (seed 1) of the tie graph. */
  community: number;
}

/**
 * A chain leader's supply network, tier by tier upstream, over the supply links
 * that touch a member (so tiers 2 and 3 are reached through member suppliers).
 */
export interface LeaderTiers {
  leader: string;
  name: string;
  /** Suppliers at distance 1, 2, 3 upstream (each counted at its nearest tier). */
  tiers: number[];
}

/** A supplier many firms of the cluster buy from. */
export interface KeySupplier {
  id: string;
  name: string;
  customers: number;
  /** Of those, customers that buy one of its products from it alone. */
  soleSourceCustomers: number;
}

export interface ResearchPartner {
  id: string;
  name: string;
  kind: string;
  /** Firms it collaborates with (collaboration links). */
  firmPartners: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  product: string | null;
  value: number | null;
  synthetic: boolean;
}

/**
 * A cluster's network answer. Its synthetic mark (SyntheticMark, spread):
 * `organizations` are the members judged, `links` the links among the
 * answer's organisations, `syntheticShare` the share of the members that are
 * synthetic; `index.warnings` carries ATLAS_W_SYNTHETIC_INCLUDED when any is.
 */
export interface ClusterNetwork extends SyntheticMark {
  cluster: string;
  /**
   * 'judged', or why no verdict is given (the index's verdict is then
   * 'insufficient_data'): 'no_members' — the store holds no members;
   * 'too_few_firms' — fewer than MIN_FIRMS_TO_JUDGE member firms;
   * 'no_ties_recorded' — not one tie of any member is recorded.
   */
  status: 'judged' | InsufficientReason;
  index: GatheringIndex;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Nodes left out of the drawing (the index counts them all). */
  nodesOmitted: number;
  /** 产学研: universities, institutes and platforms with their firm partners, most first. */
  research: ResearchPartner[];
  communities: number;
  leaderTiers: LeaderTiers[];
  keySuppliers: KeySupplier[];
}

/** Numbers that are NaN (a share of nothing) travel as null. */
function finite<T>(x: T): T {
  return JSON.parse(
    JSON.stringify(x, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  ) as T;
}

/**
 * A cluster's network diagnostics: the 集而不群 index over its members and
 * their ties, and the network itself for drawing — members and their partners
 * (universities, institutes, platforms and firms outside), edges of every
 * link type among them, capped at MAX_DRAWN_NODES by degree.
 */
export async function clusterNetwork(db: Duck, cluster: string): Promise<ClusterNetwork> {
  if (!(await queryCluster(db, cluster)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  const { organizations, links } = await queryClusterNetwork(db, cluster);
  const index = gatheredNotNetworked({
    cluster,
    members: organizations.filter((o) => o.member).map((o) => o.id),
    organizations,
    links,
  });
  const ties = new Set<string>(TIE_TYPES);
  const deg = new Map<string, number>();
  for (const l of links) {
    if (!ties.has(l.type)) continue;
    deg.set(l.source, (deg.get(l.source) ?? 0) + 1);
    deg.set(l.target, (deg.get(l.target) ?? 0) + 1);
  }
  const ranked = organizations
    .map((o) => ({ ...o, degree: deg.get(o.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.degree - a.degree || Number(b.member) - Number(a.member) || a.id.localeCompare(b.id),
    );
  const top = ranked.slice(0, MAX_DRAWN_NODES);
  const drawn = new Set(top.map((n) => n.id));
  const edges = links.filter((l) => drawn.has(l.source) && drawn.has(l.target));
  const g = linkGraph(edges, { types: TIE_TYPES, nodes: top.map((n) => n.id) }).graph;
  const pr = pagerank(g).scores;
  const constraint = burtConstraint(g);
  const comm = louvain(g, { seed: 1 });
  const nodes: NetworkNode[] = top.map((n, i) => ({
    ...n,
    pagerank: pr[i],
    constraint: Number.isFinite(constraint[i]) ? constraint[i] : null,
    community: comm.membership[i],
  }));
  const kindOf = new Map(organizations.map((o) => [o.id, o.kind]));
  const partners = new Map<string, Set<string>>();
  for (const l of links) {
    if (l.type !== 'collaboration') continue;
    for (const [a, b] of [
      [l.source, l.target],
      [l.target, l.source],
    ]) {
      if (RESEARCH.has(kindOf.get(a) ?? '') && kindOf.get(b) === 'enterprise') {
        if (!partners.has(a)) partners.set(a, new Set());
        partners.get(a)!.add(b);
      }
    }
  }
  const research = organizations
    .filter((o) => RESEARCH.has(o.kind))
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      firmPartners: partners.get(o.id)?.size ?? 0,
    }))
    .sort((a, b) => b.firmPartners - a.firmPartners || a.id.localeCompare(b.id));
  const { leaderTiers, keySuppliers } = supplyStructure(organizations, links);
  const mark = syntheticMark(
    organizations.filter((o) => o.member),
    links,
  );
  return finite({
    cluster,
    status: index.insufficient?.reason ?? ('judged' as const),
    index: {
      ...index,
      warnings: [
        ...index.warnings,
        ...syntheticWarnings(mark, `of the cluster's members and ties`),
      ],
    },
    ...mark,
    nodes,
    edges,
    nodesOmitted: ranked.length - nodes.length,
    research,
    communities: comm.count,
    leaderTiers,
    keySuppliers,
  });
}

export interface ClusterNetworkSummary {
  cluster: string;
  name: string;
  status: ClusterNetwork['status'];
  verdict: GatheringIndex['verdict'];
  members: number;
  linkedFirmShare: number | null;
  largestComponentShare: number | null;
  firmsWithResearchPartnerShare: number | null;
  /** Members that are synthetic, and their share of the members (0 without members). */
  syntheticOrganizations: number;
  syntheticShare: number;
  /** Synthetic links among the cluster's organisations, and their share. */
  syntheticLinks: number;
  syntheticLinkShare: number;
}

/** The 集而不群 verdict of every cluster, for comparing them (no drawings). */
export async function clusterNetworkSummaries(db: Duck): Promise<ClusterNetworkSummary[]> {
  const clusters = await queryClusters(db);
  const out: ClusterNetworkSummary[] = [];
  for (const c of clusters) {
    const n = await clusterNetwork(db, c.id);
    out.push({
      cluster: c.id,
      name: c.name,
      status: n.status,
      verdict: n.index.verdict,
      members: n.index.members,
      linkedFirmShare: n.index.linkedFirmShare,
      largestComponentShare: n.index.largestComponentShare,
      firmsWithResearchPartnerShare: n.index.firmsWithResearchPartnerShare,
      syntheticOrganizations: n.syntheticOrganizations,
      syntheticShare: n.syntheticShare,
      syntheticLinks: n.syntheticLinks,
      syntheticLinkShare: n.syntheticLinkShare,
    });
  }
  return out;
}

const TIER_DEPTH = 3;
const KEY_SUPPLIERS = 10;

/**
 * Supply structure around the cluster: for each member chain leader, how many
 * organisations supply it at 1, 2, 3 steps upstream (breadth-first over supply
 * links, each at its nearest tier); and the suppliers the most members buy
 * from, with how many of those customers have no other supplier of one of its
 * products (single-source dependencies). Cost: O(leaders · m + m).
 */
function supplyStructure(
  organizations: readonly NetworkOrgRow[],
  links: readonly { source: string; target: string; type: string; product: string | null }[],
): { leaderTiers: LeaderTiers[]; keySuppliers: KeySupplier[] } {
  const supply = links.filter((l) => l.type === 'supply');
  const suppliersOf = new Map<string, string[]>();
  for (const l of supply) {
    if (!suppliersOf.has(l.target)) suppliersOf.set(l.target, []);
    suppliersOf.get(l.target)!.push(l.source);
  }
  const members = organizations.filter((o) => o.member);
  const leaderTiers = members
    .filter((o) => o.tags.includes('chain_leader'))
    .map((o) => {
      const seen = new Set([o.id]);
      let frontier = [o.id];
      const tiers: number[] = [];
      for (let d = 0; d < TIER_DEPTH; d++) {
        const next: string[] = [];
        for (const c of frontier)
          for (const s of suppliersOf.get(c) ?? [])
            if (!seen.has(s)) {
              seen.add(s);
              next.push(s);
            }
        tiers.push(next.length);
        frontier = next;
      }
      return { leader: o.id, name: o.name, tiers };
    });
  const memberIds = new Set(members.map((o) => o.id));
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  // customer|product → suppliers
  const sources = new Map<string, Set<string>>();
  for (const l of supply) {
    const k = `${l.target}|${l.product ?? `own:${l.source}`}`;
    if (!sources.has(k)) sources.set(k, new Set());
    sources.get(k)!.add(l.source);
  }
  const customers = new Map<string, Set<string>>();
  const sole = new Map<string, Set<string>>();
  for (const l of supply) {
    if (!memberIds.has(l.target)) continue;
    if (!customers.has(l.source)) customers.set(l.source, new Set());
    customers.get(l.source)!.add(l.target);
    if (sources.get(`${l.target}|${l.product ?? `own:${l.source}`}`)!.size === 1) {
      if (!sole.has(l.source)) sole.set(l.source, new Set());
      sole.get(l.source)!.add(l.target);
    }
  }
  const keySuppliers = [...customers]
    .map(([id, cs]) => ({
      id,
      name: names.get(id) ?? id,
      customers: cs.size,
      soleSourceCustomers: sole.get(id)?.size ?? 0,
    }))
    .sort(
      (a, b) =>
        b.customers - a.customers ||
        b.soleSourceCustomers - a.soleSourceCustomers ||
        a.id.localeCompare(b.id),
    )
    .slice(0, KEY_SUPPLIERS);
  return { leaderTiers, keySuppliers };
}
