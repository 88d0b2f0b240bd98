/**
 * The chain panorama (产业链全景图) of one place — a cluster or a region — on
 * one template: per node its organisations by tier, their size, the supply
 * links into and out of the node's firms, the share of inputs bought inside
 * the place, a status, and a completeness score for the chain.
 *
 * Tiers    chain_leader > single_champion > little_giant > sme, by the
 *          organisation's tags (the first that applies); organisations that
 *          are not enterprises (universities, institutes, platforms, service
 *          providers) are listed apart as `others`.
 * Subtree  a node with children counts its own placements and all its
 *          descendants' (each organisation once); its status is computed on
 *          that union. Completeness counts leaf nodes only, so no firm is
 *          counted twice.
 * Inputs   in-links of a node: supply links whose target is one of its
 *          firms. inside share = Σ value of in-links from suppliers inside
 *          the place / Σ value of all in-links, when every in-link has a
 *          positive value (basis 'value'); otherwise the same ratio of link
 *          counts (basis 'count'); null when the node has no in-link.
 *          Suppliers of unknown location count as outside.
 * Status   with n = counted organisations (enterprises; every organisation
 *          on a support node), a = anchors (chain leaders, single-item
 *          champions, little giants), s = inside share:
 *            missing  n = 0
 *            strong   n ≥ strongMinFirms and a ≥ strongMinAnchors and
 *                     (minInsideShare unset, or s unknown, or s ≥ minInsideShare)
 *            weak     n ≤ weakMaxFirms and a = 0
 *            present  otherwise
 *          Every node's `reason` states the numbers against the thresholds.
 * Score    completeness = Σ_leaves w(status)·b(node) / Σ_leaves b(node),
 *          w = statusWeights, b = fourBasesWeight for four-bases nodes, 1
 *          otherwise; coverage = share of leaves not missing.
 * Cost     O(placements + links + nodes · depth).
 */
import type {
  ChainNode,
  ChainStage,
  ChainTemplate,
  CriticalFlag,
  FourBases,
} from '../../core/model/chain-template.ts';
import type { Placement, PlacementMethod, PlacementReview } from './place.ts';
import { withDefaults } from './with-defaults.ts';

export type Tier = 'chain_leader' | 'single_champion' | 'little_giant' | 'sme';
export type NodeStatus = 'strong' | 'present' | 'weak' | 'missing';

export interface PanoramaOrg {
  id: string;
  name: string;
  kind: string;
  tags: readonly string[];
  /** Located inside the place (or a member of the cluster). */
  inside: boolean;
  synthetic: boolean;
  measureYear: number | null;
  revenue: number | null;
  employees: number | null;
  output: number | null;
}

export interface SupplyLink {
  source: string;
  target: string;
  value: number | null;
}

export interface PanoramaOptions {
  strongMinFirms: number;
  strongMinAnchors: number;
  weakMaxFirms: number;
  /** When set, a node whose inside share is known and below it cannot be strong. */
  minInsideShare: number | null;
  statusWeights: Record<NodeStatus, number>;
  fourBasesWeight: number;
}

export const DEFAULT_PANORAMA_OPTIONS: PanoramaOptions = {
  strongMinFirms: 5,
  strongMinAnchors: 1,
  weakMaxFirms: 2,
  minInsideShare: null,
  statusWeights: { strong: 1, present: 0.75, weak: 0.4, missing: 0 },
  fourBasesWeight: 1,
};

export interface PlacedOrg {
  id: string;
  name: string;
  kind: string;
  tier: Tier | null;
  synthetic: boolean;
  method: PlacementMethod;
  confidence: number;
  review: PlacementReview;
  /** The node it was placed on (a descendant, for a group node). */
  via: string;
  measureYear: number | null;
  revenue: number | null;
  employees: number | null;
  output: number | null;
}

export interface NodeLinks {
  inCount: number;
  outCount: number;
  inValue: number;
  outValue: number;
  inFromInside: number;
  inFromOutside: number;
  /** Distinct suppliers of the node's firms. */
  suppliers: number;
  insideShare: number | null;
  basis: 'value' | 'count' | null;
}

export interface PanoramaNode {
  id: string;
  nameZh: string;
  nameEn: string;
  stage: ChainStage;
  parent: string | null;
  children: string[];
  depth: number;
  fourBases: FourBases;
  critical: CriticalFlag | null;
  /** Template edges into / out of this node. */
  inputs: string[];
  outputs: string[];
  firms: Record<Tier, PlacedOrg[]>;
  others: PlacedOrg[];
  counts: Record<Tier, number> & {
    firms: number;
    others: number;
    anchors: number;
    counted: number;
  };
  /**
   * Sums over the placed firms with measures, and each sum's largest single
   * contribution (for the dominance rule; a firm's own figure, so it never
   * leaves the API for those who may not see firms' figures).
   */
  size: {
    revenue: number;
    employees: number;
    output: number;
    withMeasures: number;
    largest: { revenue: number; employees: number; output: number };
  };
  links: NodeLinks;
  status: NodeStatus;
  reason: string;
}

export interface Panorama {
  template: { id: string; version: string; nameZh: string; nameEn: string };
  options: PanoramaOptions;
  nodes: PanoramaNode[];
  completeness: number;
  coverage: number;
  byStatus: Record<NodeStatus, number>;
  /** Leaves without any in-link: their inside share is unknown. */
  nodesWithoutInputs: string[];
}

const TIERS: readonly Tier[] = ['chain_leader', 'single_champion', 'little_giant', 'sme'];

export function tierOf(o: { kind: string; tags: readonly string[] }): Tier | null {
  if (o.kind !== 'enterprise') return null;
  for (const t of TIERS.slice(0, 3)) if (o.tags.includes(t)) return t;
  return 'sme';
}

/** The status rule, alone, for tests and for the rules shown to users. */
export function nodeStatus(
  stage: ChainStage,
  counted: number,
  anchors: number,
  insideShare: number | null,
  o: PanoramaOptions = DEFAULT_PANORAMA_OPTIONS,
): { status: NodeStatus; reason: string } {
  const share = insideShare === null ? 'unknown' : insideShare.toFixed(2);
  const what = stage === 'support' ? 'organisations' : 'firms';
  const facts = `${counted} ${what}, ${anchors} anchors (leader/champion/little giant), inside share ${share}`;
  if (counted === 0) return { status: 'missing', reason: `no ${what} placed` };
  const shareOk =
    o.minInsideShare === null || insideShare === null || insideShare >= o.minInsideShare;
  if (counted >= o.strongMinFirms && anchors >= o.strongMinAnchors && shareOk)
    return {
      status: 'strong',
      reason: `${facts}: ≥ ${o.strongMinFirms} ${what} and ≥ ${o.strongMinAnchors} anchors${o.minInsideShare === null ? '' : ` and inside share ≥ ${o.minInsideShare}`}`,
    };
  if (counted <= o.weakMaxFirms && anchors === 0)
    return { status: 'weak', reason: `${facts}: ≤ ${o.weakMaxFirms} ${what} and no anchor` };
  return { status: 'present', reason: `${facts}: neither strong nor weak` };
}

export function panorama(
  template: ChainTemplate,
  placements: readonly Placement[],
  orgs: ReadonlyMap<string, PanoramaOrg>,
  links: readonly SupplyLink[],
  options: Partial<PanoramaOptions> = {},
): Panorama {
  const o: PanoramaOptions = withDefaults(DEFAULT_PANORAMA_OPTIONS, options);
  const ix = panoramaIndex(template, placements, orgs, links);
  const nodes: PanoramaNode[] = template.nodes.map((n) => panoramaNode(ix, n, o));
  const leaves = nodes.filter((n) => n.children.length === 0);
  let num = 0;
  let den = 0;
  const byStatus: Record<NodeStatus, number> = { strong: 0, present: 0, weak: 0, missing: 0 };
  for (const n of leaves) {
    const b = n.fourBases === 'none' ? 1 : o.fourBasesWeight;
    num += o.statusWeights[n.status] * b;
    den += b;
    byStatus[n.status]++;
  }
  return {
    template: {
      id: template.id,
      version: template.version,
      nameZh: template.nameZh,
      nameEn: template.nameEn,
    },
    options: o,
    nodes,
    completeness: den === 0 ? 0 : num / den,
    coverage: leaves.length === 0 ? 0 : (leaves.length - byStatus.missing) / leaves.length,
    byStatus,
    nodesWithoutInputs: leaves
      .filter((n) => n.status !== 'missing' && n.links.inCount === 0)
      .map((n) => n.id),
  };
}

/** The template's tree, the placements by node and the supply links by end, looked up per node. */
interface PanoramaIndex {
  template: ChainTemplate;
  orgs: ReadonlyMap<string, PanoramaOrg>;
  children: Map<string, string[]>;
  depth: (id: string) => number;
  descendants: (id: string) => string[];
  direct: Map<string, Placement[]>;
  inLinks: Map<string, SupplyLink[]>;
  outLinks: Map<string, SupplyLink[]>;
}

function panoramaIndex(
  template: ChainTemplate,
  placements: readonly Placement[],
  orgs: ReadonlyMap<string, PanoramaOrg>,
  links: readonly SupplyLink[],
): PanoramaIndex {
  const byId = new Map<string, ChainNode>(template.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>(template.nodes.map((n) => [n.id, []]));
  for (const n of template.nodes) if (n.parent) children.get(n.parent)?.push(n.id);
  const depth = (id: string): number => {
    let d = 0;
    for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) d++;
    return d;
  };
  const descendants = (id: string): string[] => {
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
    return out;
  };
  const direct = new Map<string, Placement[]>();
  for (const p of placements) {
    if (!byId.has(p.node) || !orgs.has(p.organization)) continue;
    const list = direct.get(p.node) ?? [];
    list.push(p);
    direct.set(p.node, list);
  }
  const inLinks = new Map<string, SupplyLink[]>();
  const outLinks = new Map<string, SupplyLink[]>();
  const push = (m: Map<string, SupplyLink[]>, k: string, l: SupplyLink): void => {
    const list = m.get(k);
    if (list) list.push(l);
    else m.set(k, [l]);
  };
  for (const l of links) {
    push(inLinks, l.target, l);
    push(outLinks, l.source, l);
  }
  return { template, orgs, children, depth, descendants, direct, inLinks, outLinks };
}

/** The organisations placed on a node or below it, once each, largest revenue first. */
function placedOn(ix: PanoramaIndex, node: string): PlacedOrg[] {
  const seen = new Map<string, PlacedOrg>();
  for (const d of ix.descendants(node))
    for (const p of ix.direct.get(d) ?? []) {
      if (seen.has(p.organization)) continue;
      const org = ix.orgs.get(p.organization)!;
      seen.set(p.organization, {
        id: org.id,
        name: org.name,
        kind: org.kind,
        tier: tierOf(org),
        synthetic: org.synthetic,
        method: p.method,
        confidence: p.confidence,
        review: p.review,
        via: d,
        measureYear: org.measureYear,
        revenue: org.revenue,
        employees: org.employees,
        output: org.output,
      });
    }
  return [...seen.values()].sort(
    (a, b) => (b.revenue ?? -1) - (a.revenue ?? -1) || a.id.localeCompare(b.id),
  );
}

/** Supply links into and out of a node's organisations; the inside share by value, else by count. */
function nodeLinks(ix: PanoramaIndex, placed: readonly PlacedOrg[]): NodeLinks {
  const members = new Set(placed.map((x) => x.id));
  const ins = [...members].flatMap((id) => ix.inLinks.get(id) ?? []);
  const outs = [...members].flatMap((id) => ix.outLinks.get(id) ?? []);
  const insideOf = (l: SupplyLink): boolean => ix.orgs.get(l.source)?.inside === true;
  const allValued = ins.length > 0 && ins.every((l) => l.value !== null && l.value > 0);
  const weight = (l: SupplyLink): number => (allValued ? (l.value as number) : 1);
  const inTotal = ins.reduce((s, l) => s + weight(l), 0);
  const inInside = ins.filter(insideOf).reduce((s, l) => s + weight(l), 0);
  return {
    inCount: ins.length,
    outCount: outs.length,
    inValue: ins.reduce((s, l) => s + (l.value ?? 0), 0),
    outValue: outs.reduce((s, l) => s + (l.value ?? 0), 0),
    inFromInside: ins.filter(insideOf).length,
    inFromOutside: ins.length - ins.filter(insideOf).length,
    suppliers: new Set(ins.map((l) => l.source)).size,
    insideShare: ins.length === 0 ? null : inInside / inTotal,
    basis: ins.length === 0 ? null : allValued ? 'value' : 'count',
  };
}

/** Sums and largest of the measures of the placed organisations that have them. */
function nodeSize(placed: readonly PlacedOrg[]): PanoramaNode['size'] {
  const largest = { revenue: 0, employees: 0, output: 0 };
  const size = { revenue: 0, employees: 0, output: 0, withMeasures: 0, largest };
  for (const x of placed) {
    if (x.measureYear === null) continue;
    size.withMeasures++;
    size.revenue += x.revenue ?? 0;
    size.employees += x.employees ?? 0;
    size.output += x.output ?? 0;
    largest.revenue = Math.max(largest.revenue, x.revenue ?? 0);
    largest.employees = Math.max(largest.employees, x.employees ?? 0);
    largest.output = Math.max(largest.output, x.output ?? 0);
  }
  return size;
}

function panoramaNode(ix: PanoramaIndex, n: ChainNode, o: PanoramaOptions): PanoramaNode {
  const placed = placedOn(ix, n.id);
  const firms = Object.fromEntries(
    TIERS.map((t) => [t, placed.filter((x) => x.tier === t)]),
  ) as Record<Tier, PlacedOrg[]>;
  const others = placed.filter((x) => x.tier === null);
  const nFirms = placed.length - others.length;
  const anchors =
    firms.chain_leader.length + firms.single_champion.length + firms.little_giant.length;
  const countedN = n.stage === 'support' ? placed.length : nFirms;
  const links = nodeLinks(ix, placed);
  const size = nodeSize(placed);
  const st = nodeStatus(n.stage, countedN, anchors, links.insideShare, o);
  const edges = ix.template.edges;
  return {
    id: n.id,
    nameZh: n.nameZh,
    nameEn: n.nameEn,
    stage: n.stage,
    parent: n.parent ?? null,
    children: ix.children.get(n.id) ?? [],
    depth: ix.depth(n.id),
    fourBases: n.fourBases,
    critical: n.critical ?? null,
    inputs: edges.filter((e) => e.to === n.id).map((e) => e.from),
    outputs: edges.filter((e) => e.from === n.id).map((e) => e.to),
    firms,
    others,
    counts: {
      chain_leader: firms.chain_leader.length,
      single_champion: firms.single_champion.length,
      little_giant: firms.little_giant.length,
      sme: firms.sme.length,
      firms: nFirms,
      others: others.length,
      anchors,
      counted: countedN,
    },
    size,
    links,
    status: st.status,
    reason: st.reason,
  };
}
