import type { ChainSummary } from '../../../src/contract/chain-templates.ts';
import type { ClusterChains } from '../../../src/contract/chains.ts';
import { get, query, send } from '../http.ts';
import type { Page } from '../types.ts';

export type Tier = 'chain_leader' | 'single_champion' | 'little_giant' | 'sme';
export type NodeStatus = 'strong' | 'present' | 'weak' | 'missing';
export type Stage = 'upstream' | 'midstream' | 'downstream' | 'support';

/** A firm placed on a chain node. Figures are null when the viewer may not see them. */
export interface PlacedFirm {
  id: string;
  name: string;
  kind: string;
  tier: Tier | null;
  synthetic: boolean;
  method: string;
  confidence: number;
  review: 'auto' | 'confirmed' | 'rejected';
  measureYear: number | null;
  revenue: number | null;
  employees: number | null;
}

export interface PanoramaNode {
  id: string;
  nameZh: string;
  nameEn: string;
  stage: Stage;
  parent: string | null;
  children: string[];
  depth: number;
  fourBases: string;
  critical: { reason: string; reasonZh?: string; source: string; verified: boolean } | null;
  inputs: string[];
  firms: Record<Tier, PlacedFirm[]>;
  counts: Record<Tier, number> & { firms: number; counted: number; anchors: number };
  size: { revenue: number | null; employees: number | null; withMeasures: number };
  links: {
    inCount: number;
    outCount: number;
    suppliers: number;
    insideShare: number | null;
    /** Confidential aggregates: null where the disclosure rule withholds them. */
    inValue?: number | null;
    outValue?: number | null;
  };
  status: NodeStatus;
  /** The status rule with its figures; null where it would quote a withheld share. */
  reason: string | null;
}

export interface PanoramaAnswer {
  scope: { type: string; id: string; name: string };
  panorama: {
    template: { id: string; version: string; nameZh: string; nameEn: string };
    options: Record<string, unknown>;
    nodes: PanoramaNode[];
    completeness: number;
    coverage: number;
    byStatus: Record<NodeStatus, number>;
  };
  syntheticShare: number | null;
  /** What the tracked attraction actions change (landed targets counted as placed). */
  actions?: {
    byNode: Record<string, Partial<Record<ActionState, number>>>;
    landed: { id: string; node: string; organization: string }[];
    completenessBefore: number;
    completenessAfter: number;
    changed: { node: string; before: NodeStatus; after: NodeStatus }[];
  };
}

export const ACTION_STATES = [
  'identified',
  'contacted',
  'negotiating',
  'signed',
  'landed',
  'dropped',
] as const;
export type ActionState = (typeof ACTION_STATES)[number];

export interface ChainAction {
  id: string;
  node: string;
  organization: string;
  organizationName: string;
  state: ActionState;
  owner: string | null;
  notes: string | null;
  updatedAt?: string;
  next: ActionState[];
}

export type { ChainSummary };

export interface Gap {
  node: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  action: 'fill' | 'strengthen' | 'localise' | 'extend' | string;
  severity: 'high' | 'medium' | 'low' | string;
  fourBases: string;
  critical: boolean;
  /** Null where it would quote a figure the disclosure rule withholds. */
  evidence: string | null;
  /** The evidence as figures (analytics/chain/gaps.ts GapFacts). */
  facts?: {
    counted: number;
    inputs?: { id: string; nameZh: string; nameEn: string }[];
    only?: string;
    /** Null where the disclosure rule withholds it. */
    insideShare?: number | null;
    basis?: 'value' | 'count';
    inLinks?: number;
    threshold?: number;
  };
  /** The national input-output table's evidence of the template edges the gap reasons over. */
  io?: {
    year: number;
    sectors: number;
    links: {
      from: string;
      to: string;
      status: 'supported' | 'weak' | 'none' | 'unmapped';
      review: boolean;
      supplier: { code: string; nameZh: string; nameEn: string } | null;
      buyer: { code: string; nameZh: string; nameEn: string } | null;
      coefficient: number | null;
      sameSector: boolean;
      year: number;
    }[];
  };
}

/** One reason a placement holds (analytics/chain/place.ts PlacementFact). */
export type PlacementFact =
  | { by: 'keyword'; where: 'name' | 'product' | 'label'; text: string; keyword: string }
  | { by: 'code'; industry: string; code: string }
  | {
      by: 'decision';
      decision: 'place' | 'confirm' | 'reject';
      who: string | null;
      note: string | null;
    }
  | { by: 'action'; action: string };

export interface Target {
  rank: number;
  id: string;
  name: string;
  tier: string | null;
  regionName: string | null;
  distanceKm: number | null;
  synthetic: boolean;
  score: number;
  confidence: number;
  tiesInside: number;
  /** Null for those who may not see firms' figures. */
  revenue: number | null;
  revenueTop: number | null;
  placedBy: PlacementFact | null;
  reasons: string[];
  /** The latest attraction action tracking this target here, if any. */
  action: { id: string; state: ActionState } | null;
}

export interface NodeTargets {
  node: string;
  nameZh: string;
  nameEn: string;
  gaps: Gap[];
  targets: Target[];
}

export interface TemplateNode {
  id: string;
  nameZh: string;
  nameEn: string;
  stage: Stage;
  parent?: string;
  fourBases: string;
  critical?: {
    reason: string;
    reasonZh?: string;
    source: string;
    verified: boolean;
    quote?: string;
  };
  industries?: string[];
  keywords?: string[];
  source?: string;
  quote?: string;
  verified?: boolean;
}

export interface ChainTemplate {
  id: string;
  nameZh: string;
  nameEn: string;
  version: string;
  description?: string;
  descriptionZh?: string;
  sources: { id: string; citation: string; file?: string; verified: boolean }[];
  nodes: TemplateNode[];
  edges: { from: string; to: string }[];
}

/** A cluster's chain templates (GET /api/clusters/:id/chains): the server's contract. */
export type { ClusterChains };

export const chainApi = {
  clusterChains: (cluster: string) =>
    get<ClusterChains>(`/api/clusters/${encodeURIComponent(cluster)}/chains`),
  /** An analyst binds templates to a cluster, in order; an empty list returns it to its field's. */
  bindChains: (cluster: string, templates: string[]) =>
    send<ClusterChains>('PUT', `/api/clusters/${encodeURIComponent(cluster)}/chains`, {
      templates,
    }),
  review: (chain: string, node: string, organization: string, decision: 'confirm' | 'reject') =>
    send<unknown>('POST', `/api/chains/${encodeURIComponent(chain)}/placements`, {
      node,
      organization,
      decision,
    }),
  template: (id: string) => get<ChainTemplate>(`/api/chains/${encodeURIComponent(id)}`),
  gaps: (cluster: string, chain: string) =>
    get<{ gaps: Gap[]; warnings: { code: string }[] }>(`/api/gaps?${query({ cluster, chain })}`),
  targets: (cluster: string, chain: string) =>
    get<{ nodes: NodeTargets[] }>(`/api/targets?${query({ cluster, chain, limit: 5 })}`),
  chains: () => get<ChainSummary[]>('/api/chains'),
  /** One page of the pipeline board (oldest first); a board page holds up to 200 cards. */
  actions: (cluster: string, chain: string, page = 1, pageSize = 200) =>
    get<Page<ChainAction> & { byState: Partial<Record<ActionState, number>> }>(
      `/api/actions?${query({ scope: cluster, chain, page, pageSize })}`,
    ),
  track: (cluster: string, chain: string, node: string, organization: string) =>
    send<ChainAction>('POST', '/api/actions', { cluster, chain, node, organization }),
  moveAction: (id: string, state: ActionState) =>
    send<ChainAction>('POST', `/api/actions/${encodeURIComponent(id)}`, { state }),
  panorama: (cluster: string, chain?: string) =>
    get<PanoramaAnswer>(`/api/panorama?${query({ cluster, chain })}`),
};

/** A template's description in the reader's language (English when it has no Chinese one). */
export function templateDescription(
  t: { description?: string; descriptionZh?: string },
  lang: string,
): string | undefined {
  return lang !== 'en' && t.descriptionZh ? t.descriptionZh : t.description;
}

/** Why a node is a choke point, in the reader's language (English when it has no Chinese one). */
export function criticalReason(c: { reason: string; reasonZh?: string }, lang: string): string {
  return lang !== 'en' && c.reasonZh ? c.reasonZh : c.reason;
}
