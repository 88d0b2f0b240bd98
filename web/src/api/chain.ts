import { ACTION_STATES, type ActionState } from '../../../src/contract/action-states.ts';
import type { z } from 'zod';
import type {
  ChainAction,
  ChainActionPage as ChainActionPageSchema,
} from '../../../src/contract/chain-actions.ts';
import type { ChainSummary, ChainTemplateAnswer } from '../../../src/contract/chain-templates.ts';
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

export type Tier = NonNullable<PlacedOrg['tier']>;
export type NodeStatus = PanoramaNode['status'];
export type Stage = PanoramaNode['stage'];

/** A firm placed on a chain node. Figures are null when the viewer may not see them. */
export type PlacedFirm = PlacedOrg;

/** A place's chain panorama (GET /api/panorama): the server's contract. */
export type PanoramaAnswer = ChainPanoramaAnswer;
export type { PanoramaNode };

/** An attraction action (招商) and one page of the board: the server's contract. */
export type { ChainAction };
export type ChainActionPage = z.output<typeof ChainActionPageSchema>;

/** The board's columns, in the order an action moves (the contract's states; plain data, no zod). */
export { ACTION_STATES };
export type { ActionState };

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

/** One chain template whole (GET /api/chains/:id): the server's contract. */
export type ChainTemplate = z.output<typeof ChainTemplateAnswer>;
export type TemplateNode = ChainTemplate['nodes'][number];

/**
 * A template as the editor holds it before the server checks it (POST
 * /api/chains): the contract's input, whose nodes and links may still lack
 * their source and verified mark — the server names what is missing.
 */
export type TemplateDraft = Omit<TemplateInput, 'nodes' | 'edges'> & {
  nodes: DraftNode[];
  edges: Loose<NonNullable<TemplateInput['edges']>[number], 'source' | 'verified'>[];
};
export type DraftNode = Loose<TemplateInput['nodes'][number], 'source' | 'verified'>;
type TemplateInput = z.input<typeof ChainTemplateAnswer>;
type Loose<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

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
    get<ChainActionPage>(`/api/actions?${query({ scope: cluster, chain, page, pageSize })}`),
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
