import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../../core/errors.ts';
import { chainContext, chainGapsFor, chainPanorama } from '../../services/chain/panorama.ts';
import {
  countActionsByState,
  createAction,
  getAction,
  listActions,
  moveAction,
} from '../../services/chain/actions.ts';
import { decidePlacement } from '../../services/chain/placements.ts';
import { chainTargets } from '../../services/chain/targets.ts';
import {
  getChainTemplate,
  listChainTemplates,
  saveChainTemplate,
  checkChainTemplate,
} from '../../services/chain/templates.ts';
import type { Duck } from '../../store/duck.ts';
import { onePage, type Paged } from '../paging.ts';
import { errorResponses } from '../schemas.ts';
import { wire } from '../contract-schema.ts';
import {
  ChainList,
  ChainListQuery,
  ChainSaveAnswer,
  ChainSaveQuery,
  ChainTemplateAnswer,
  ChainTemplateBody,
  ChainTemplateParams,
} from '../../contract/chain-templates.ts';
import {
  ChainPlacement,
  ChainPlacementPage,
  ChainPlacementsQuery,
  PlacementDecisionInput,
} from '../../contract/chain-placements.ts';
import {
  ChainAction,
  ChainActionPage,
  ChainActionParams,
  ChainActionsQuery,
  CreateChainActionInput,
  MoveChainActionInput,
} from '../../contract/chain-actions.ts';
import {
  ChainGapsAnswer,
  ChainPanoramaAnswer,
  ChainTargetsAnswer,
  PanoramaQuery,
  TargetsQuery,
} from '../../contract/chain-panorama.ts';

/**
 * Industry chains: templates, the panorama of a cluster or region
 * on a template, its gaps, targets to attract, and the review of placements.
 * The answers' shapes are src/contract/chain-panorama.ts.
 */

type ScopeQuery = PanoramaQuery;

const request = (q: ScopeQuery) => ({
  cluster: q.cluster,
  region: q.region,
  chain: q.chain,
  minConfidence: q.minConfidence,
  options: {
    strongMinFirms: q.strongMinFirms,
    strongMinAnchors: q.strongMinAnchors,
    weakMaxFirms: q.weakMaxFirms,
    minInsideShare: q.minInsideShare,
    fourBasesWeight: q.fourBasesWeight,
  },
});

/** Code-unit order: the same on every run and machine (no locale). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** GET and POST /api/chains, GET /api/chains/:id: the templates. */
function registerTemplates(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/chains',
    {
      schema: {
        tags: ['chains'],
        summary: 'Industry-chain templates (产业链模板), bundled and imported',
        querystring: wire(ChainListQuery, 'input'),
        response: { 200: wire(ChainList), ...errorResponses },
      },
    },
    async () =>
      (await listChainTemplates(db)).map((t) => ({
        id: t.id,
        version: t.version,
        nameZh: t.nameZh,
        nameEn: t.nameEn,
        description: t.description,
        nodes: t.nodes.length,
        edges: t.edges.length,
        fourBasesNodes: t.nodes.filter((n) => n.fourBases !== 'none').length,
        criticalNodes: t.nodes.filter((n) => n.critical).length,
      })),
  );

  app.post<{ Body: Record<string, unknown>; Querystring: { dryRun?: boolean } }>(
    '/api/chains',
    {
      schema: {
        tags: ['chains'],
        summary:
          'Create or version a template: validated (422 ATLAS_E_CHAIN_TEMPLATE with the node and reason) and stored; a higher version replaces the bundled one. dryRun=true only checks and answers {valid, problems}',
        querystring: wire(ChainSaveQuery, 'input'),
        body: wire(ChainTemplateBody, 'input'),
        response: { 200: wire(ChainSaveAnswer), ...errorResponses, 422: { $ref: 'Error#' } },
      },
    },
    async (req) => {
      if (!req.query.dryRun) return saveChainTemplate(db, req.body, 'request body');
      // A check answers 200 either way: the problems are the answer, not a failure.
      try {
        checkChainTemplate(req.body, 'request body');
        return { valid: true, problems: [] };
      } catch (e) {
        if (!(e instanceof AtlasError) || e.code !== 'ATLAS_E_CHAIN_TEMPLATE') throw e;
        return { valid: false, problems: (e.details as { problems: unknown[] }).problems };
      }
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/chains/:id',
    {
      schema: {
        tags: ['chains'],
        summary:
          'One template: nodes (stage, parent, four bases, choke points, codes, keywords, sources) and edges',
        params: wire(ChainTemplateParams, 'input'),
        response: { 200: wire(ChainTemplateAnswer), ...errorResponses },
      },
    },
    async (req) => getChainTemplate(req.params.id, db),
  );
}

/** GET and POST /api/chains/:id/placements: who sits on which node. */
function registerPlacements(app: FastifyInstance, db: Duck): void {
  app.get<{
    Params: { id: string };
    Querystring: { cluster?: string; region?: string; node?: string } & Paged;
  }>(
    '/api/chains/:id/placements',
    {
      schema: {
        tags: ['chains'],
        summary:
          'Organisations placed on the template in a cluster or region: method, confidence, review state, evidence; by node and organisation, one page at a time',
        params: wire(ChainTemplateParams, 'input'),
        querystring: wire(ChainPlacementsQuery, 'input'),
        response: { 200: wire(ChainPlacementPage), ...errorResponses },
      },
    },
    async (req) => {
      const { node, cluster, region } = req.query;
      const ctx = await chainContext(db, { cluster, region, chain: req.params.id });
      // Placements are inferred in memory: the page is a slice of the whole, in a fixed order.
      const all = ctx.placements
        .filter((p) => !node || p.node === node)
        .sort((a, b) => byCode(a.node, b.node) || byCode(a.organization, b.organization));
      return onePage(
        req.query,
        async (limit, offset) => all.slice(offset, offset + limit),
        async () => all.length,
      );
    },
  );

  app.post<{
    Params: { id: string };
    Body: {
      node: string;
      organization: string;
      decision: 'place' | 'confirm' | 'reject';
      reviewer?: string;
      note?: string;
    };
  }>(
    '/api/chains/:id/placements',
    {
      schema: {
        tags: ['chains'],
        summary: 'Confirm or reject a placement, or place an organisation on a node by hand',
        params: wire(ChainTemplateParams, 'input'),
        body: wire(PlacementDecisionInput, 'input'),
        response: { 200: wire(ChainPlacement), ...errorResponses, 409: { $ref: 'Error#' } },
      },
    },
    async (req) => decidePlacement(db, { template: req.params.id, ...req.body }),
  );
}

/** GET /api/panorama, /api/gaps, /api/targets: a scope read against a chain. */
function registerPanorama(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ScopeQuery }>(
    '/api/panorama',
    {
      schema: {
        tags: ['chains'],
        summary:
          'Chain panorama (产业链全景图): per node the firms by tier, size, supply links, inside share and status',
        querystring: wire(PanoramaQuery, 'input'),
        response: { 200: wire(ChainPanoramaAnswer), ...errorResponses },
      },
    },
    async (req) => chainPanorama(db, request(req.query)),
  );

  app.get<{ Querystring: ScopeQuery }>(
    '/api/gaps',
    {
      schema: {
        tags: ['chains'],
        summary:
          'Chain gaps (强链补链): missing, weak, thin four-bases, single-supplier and outside-dependent nodes, with actions',
        querystring: wire(PanoramaQuery, 'input'),
        response: { 200: wire(ChainGapsAnswer), ...errorResponses },
      },
    },
    async (req) => {
      const r = await chainGapsFor(db, request(req.query));
      return { scope: r.scope, template: r.panorama.template, gaps: r.gaps, warnings: r.warnings };
    },
  );

  app.get<{ Querystring: TargetsQuery }>(
    '/api/targets',
    {
      schema: {
        tags: ['chains'],
        summary: 'Firms elsewhere to attract (招商) for the chain gaps, ranked with reasons',
        querystring: wire(TargetsQuery, 'input'),
        response: { 200: wire(ChainTargetsAnswer), ...errorResponses },
      },
    },
    async (req) =>
      chainTargets(db, {
        ...request(req.query),
        node: req.query.node,
        targetOptions: { limit: req.query.limit },
      }),
  );
}

/** GET and POST /api/actions: the attraction actions. */
function registerActionList(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { chain?: string; scope?: string } & Paged }>(
    '/api/actions',
    {
      schema: {
        tags: ['chains'],
        summary:
          'Attraction actions (招商) with their state history, oldest first, one page at a time',
        querystring: wire(ChainActionsQuery, 'input'),
        response: { 200: wire(ChainActionPage), ...errorResponses },
      },
    },
    async (req) => {
      const f = { template: req.query.chain, scope: req.query.scope };
      // The total is the sum of the board's column heads: one count query, not two.
      const byState = await countActionsByState(db, f);
      const total = Object.values(byState).reduce((a, b) => a + b, 0);
      const page = await onePage(
        req.query,
        (limit, offset) => listActions(db, { ...f, limit, offset }),
        async () => total,
      );
      return { ...page, byState };
    },
  );

  app.post<{
    Body: {
      cluster?: string;
      region?: string;
      chain: string;
      node: string;
      organization: string;
      owner?: string;
      notes?: string;
      at?: string;
    };
  }>(
    '/api/actions',
    {
      schema: {
        tags: ['chains'],
        summary: 'Track a target as an attraction action (state identified)',
        body: wire(CreateChainActionInput, 'input'),
        response: { 200: wire(ChainAction), ...errorResponses },
      },
    },
    async (req) => createAction(db, req.body),
  );
}

/** GET and POST /api/actions/:id: one action and its moves. */
function registerAction(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/actions/:id',
    {
      schema: {
        tags: ['chains'],
        summary: 'One attraction action with its state history and allowed next states',
        params: wire(ChainActionParams, 'input'),
        response: { 200: wire(ChainAction), ...errorResponses },
      },
    },
    async (req) => getAction(db, req.params.id),
  );

  app.post<{
    Params: { id: string };
    Body: { state: string; by?: string; note?: string; at?: string };
  }>(
    '/api/actions/:id',
    {
      schema: {
        tags: ['chains'],
        summary: 'Move an action: contacted, negotiating, signed, landed or dropped',
        params: wire(ChainActionParams, 'input'),
        body: wire(MoveChainActionInput, 'input'),
        response: { 200: wire(ChainAction), ...errorResponses, 409: { $ref: 'Error#' } },
      },
    },
    async (req) => moveAction(db, req.params.id, req.body.state, req.body),
  );
}

/** The chain routes (templates, placements, panorama, actions); every shape is src/contract. */
export function chainRoutes(app: FastifyInstance, db: Duck): void {
  registerTemplates(app, db);
  registerPlacements(app, db);
  registerPanorama(app, db);
  registerActionList(app, db);
  registerAction(app, db);
}
