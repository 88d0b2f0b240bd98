import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readCluster, readClusters } from '../../store/queries/clusters.ts';
import { readClusterNetwork, type NetworkOrgRow } from '../../store/queries/cluster-network.ts';
import { burtConstraint } from '../../analytics/network/burt-constraint.ts';
import { louvain } from '../../analytics/network/louvain.ts';
import { pagerank } from '../../analytics/network/pagerank.ts';
import { gatheredNotNetworked, TIE_TYPES } from '../../analytics/network/gathered-not-networked.ts';
import { linkGraph } from '../../analytics/network/link-graph.ts';
import type { ClusterNetwork, NetworkSummary } from '../../contract/network.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { syntheticMark, syntheticWarnings } from '../synthetic-share.ts';

const RESEARCH = new Set(['university', 'institute', 'platform']);

/** Nodes drawn at most; the best-connected are kept. */
export const MAX_DRAWN_NODES = 400;

/** A drawn node: degree, PageRank, Burt's constraint (null when isolated) and Louvain community. */
export type NetworkNode = ClusterNetwork['nodes'][number];
/** A chain leader's suppliers tier by tier upstream, over supply links that touch a member. */
export type LeaderTiers = ClusterNetwork['leaderTiers'][number];
/** A supplier many firms of the cluster buy from, and how many buy one of its products from it alone. */
export type KeySupplier = ClusterNetwork['keySuppliers'][number];
export type ResearchPartner = ClusterNetwork['research'][number];

/**
 * A cluster's network answer (src/contract/network.ts). Its synthetic mark:
 * `organizations` are the members judged, `links` the links among the
 * answer's organisations, `syntheticShare` the share of the members that are
 * synthetic; `index.warnings` carries ATLAS_W_SYNTHETIC_INCLUDED when any is.
 * `status` is 'judged', or why no verdict is given (the index's verdict is
 * then 'insufficient_data'): 'no_members' — the store holds no members;
 * 'too_few_firms' — fewer than MIN_FIRMS_TO_JUDGE member firms;
 * 'no_ties_recorded' — not one tie of any member is recorded.
 */
export type { ClusterNetwork };

/** Numbers that are NaN (a share of nothing) travel as null. */
function finite<T>(x: T): T {
  return JSON.parse(
    JSON.stringify(x, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? null : v,
    ),
  ) as T;
}

/** The links of a cluster's network answer (store/queries/cluster-network.ts). */
type NetworkLinks = Awaited<ReturnType<typeof readClusterNetwork>>['links'];

/**
 * The network for drawing: the MAX_DRAWN_NODES best-connected organisations
 * (ties of TIE_TYPES; members first on a tie, then by id), the links among
 * them, and PageRank, Burt's constraint and Louvain communities (seed 1)
 * over their ties.
 */
function drawNetwork(
  organizations: readonly NetworkOrgRow[],
  links: NetworkLinks,
): { nodes: NetworkNode[]; edges: NetworkLinks; nodesOmitted: number; communities: number } {
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
  return { nodes, edges, nodesOmitted: ranked.length - nodes.length, communities: comm.count };
}

/** 产学研: universities, institutes and platforms with their firm partners (collaboration links), most first. */
function researchPartners(
  organizations: readonly NetworkOrgRow[],
  links: NetworkLinks,
): ResearchPartner[] {
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
  return organizations
    .filter((o) => RESEARCH.has(o.kind))
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      firmPartners: partners.get(o.id)?.size ?? 0,
    }))
    .sort((a, b) => b.firmPartners - a.firmPartners || a.id.localeCompare(b.id));
}

/**
 * A cluster's network diagnostics: the 集而不群 index over its members and
 * their ties, and the network itself for drawing — members and their partners
 * (universities, institutes, platforms and firms outside), edges of every
 * link type among them, capped at MAX_DRAWN_NODES by degree.
 */
export async function clusterNetwork(db: Duck, cluster: string): Promise<ClusterNetwork> {
  if (!(await readCluster(db, cluster)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  const { organizations, links } = await readClusterNetwork(db, cluster);
  const index = gatheredNotNetworked({
    cluster,
    members: organizations.filter((o) => o.member).map((o) => o.id),
    organizations,
    links,
  });
  const drawing = drawNetwork(organizations, links);
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
      warnings: answerWarnings([
        ...index.warnings,
        ...syntheticWarnings(mark, `of the cluster's members and ties`),
      ]),
    },
    ...mark,
    nodes: drawing.nodes,
    edges: drawing.edges,
    nodesOmitted: drawing.nodesOmitted,
    research: researchPartners(organizations, links),
    communities: drawing.communities,
    leaderTiers,
    keySuppliers,
  });
}

export type ClusterNetworkSummary = NetworkSummary;

/** The 集而不群 verdict of every cluster, for comparing them (no drawings). */
export async function clusterNetworkSummaries(db: Duck): Promise<ClusterNetworkSummary[]> {
  const clusters = await readClusters(db);
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
