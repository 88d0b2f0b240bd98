import type { ChainSummary } from '../../../src/contract/chain-templates.ts';
import type { ClusterChains } from '../../../src/contract/chains.ts';
import type {
  ChainGap,
  ChainGapsAnswer,
  ChainPanoramaAnswer,
  ChainTarget,
  ChainTargetsAnswer,
  NodeTargets,
  PanoramaNode,
  PlacedOrg,
} from '../../../src/contract/chain-panorama.ts';
import { get, query, send } from '../http.ts';
import type { Page } from '../types.ts';

export type Tier = NonNullable<PlacedOrg['tier']>;
export type NodeStatus = PanoramaNode['status'];
export type Stage = PanoramaNode['stage'];

/** A firm placed on a chain node. Figures are null when the viewer may not see them. */
export type PlacedFirm = PlacedOrg;

/** A place's chain panorama (GET /api/panorama): the server's contract. */
export type PanoramaAnswer = ChainPanoramaAnswer;
export type { PanoramaNode };

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

/**
 * A chain gap with its evidence (GET /api/gaps, /api/targets): the server's
 * contract, read tolerantly — a kind this page does not know yet, or a gap
 * without facts, falls back to the server's sentence.
 */
export type Gap = Omit<ChainGap, 'kind' | 'facts'> & {
  kind: ChainGap['kind'] | (string & {});
  facts?: ChainGap['facts'];
};

/** One reason a placement holds. */
export type PlacementFact = NonNullable<ChainTarget['placedBy']>;

/** A ranked firm elsewhere, with the latest attraction action tracking it here, if any. */
export type Target = ChainTarget;
export type { NodeTargets };

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
    get<ChainGapsAnswer>(`/api/gaps?${query({ cluster, chain })}`),
  targets: (cluster: string, chain: string) =>
    get<ChainTargetsAnswer>(`/api/targets?${query({ cluster, chain, limit: 5 })}`),
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
