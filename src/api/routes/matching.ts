import type { FastifyInstance } from 'fastify';
import { atLeast, type Viewer } from '../../core/access/viewer.ts';
import { demandFilterFor, visibleDemand } from '../../services/matching/demand-visibility.ts';
import {
  ensureCapabilities,
  listPoolFor,
  matchCapability,
  matchDashboard,
  matchDemand,
  postCapability,
  postDemand,
  qualifySupplier,
  recordOutcome,
  setConsent,
  shareSupplier,
  type CapabilityInput,
  type DemandInput,
  type Period,
} from '../../services/matching/index.ts';
import { deriveMatchingRecords } from '../../services/matching/derive-all.ts';
import type { Duck } from '../../store/duck.ts';
import {
  countCapabilities,
  countDemands,
  countMatches,
  getMatch,
  listCapabilities,
  listDemands,
  listMatches,
  matchEvents,
} from '../../store/matching.ts';
import { AtlasError } from '../../core/errors.ts';
import { onePage, pagedQuery as paged, type Paged } from '../paging.ts';
import { errorResponses, pageOf } from '../schemas.ts';

/**
 * Matchmaking (issue 9): demands, capabilities, ranked matches with reasons,
 * outcomes, the outcome dashboard, the shared supplier pool (the public service
 * platforms are in services.ts). Until the web issue brings sign-in, the acting
 * organisation of a pool action is named in the body (`actor`) and checked
 * against the pool's rules; answers are JSON objects shaped by the services.
 */
const anyObject = { type: 'object', additionalProperties: true } as const;
const ok = (schema: object) => ({ 200: schema, ...errorResponses });
const created = (schema: object) => ({ 201: schema, ...errorResponses });
const tags = ['matching'];
const id = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;
const top = { type: 'integer', minimum: 1, maximum: 200, default: 10 } as const;

function notFound(what: string, key: string): never {
  throw new AtlasError('ATLAS_E_NOT_FOUND', `no ${what} ${key}`, { [what]: key });
}

export function matchingRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { organization?: string; status?: string } & Paged }>(
    '/api/demands',
    {
      schema: {
        tags,
        summary: 'Demands (需求), newest first, one page at a time',
        querystring: paged({ organization: { type: 'string' }, status: { type: 'string' } }),
        response: ok(pageOf(anyObject)),
      },
    },
    async (req) => {
      const { page: _p, pageSize: _s, ...f } = req.query;
      if (atLeast(req.viewer, 'analyst'))
        return onePage(
          req.query,
          (limit, offset) => listDemands(db, { ...f, limit, offset }),
          () => countDemands(db, f),
        );
      // Who may see a demand is its visibility's rule: filtered before paging.
      const visible = (await listDemands(db, f)).filter(await demandFilterFor(db, req.viewer));
      return onePage(
        req.query,
        async (limit, offset) => visible.slice(offset, offset + limit),
        async () => visible.length,
      );
    },
  );
  app.post<{ Body: DemandInput }>(
    '/api/demands',
    { schema: { tags, summary: 'Post a demand', body: anyObject, response: created(anyObject) } },
    async (req, reply) => reply.status(201).send(await postDemand(db, req.body)),
  );
  app.get<{
    Params: { id: string };
    Querystring: { top: number; local?: string; sme?: boolean; record?: boolean };
  }>(
    '/api/demands/:id/matches',
    {
      schema: {
        tags,
        summary: 'Suppliers ranked for a stored demand, with the reasons of each rank',
        params: id,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            top,
            local: { type: 'string', pattern: '^\\d{2,6}$' },
            sme: { type: 'boolean' },
          },
        },
        response: ok(anyObject),
      },
    },
    async (req) => {
      await visibleDemand(db, req.viewer, req.params.id);
      return matchDemand(
        db,
        { id: req.params.id },
        {
          top: req.query.top,
          regionPrefix: req.query.local,
          supplierSize: req.query.sme ? 'sme' : undefined,
        },
      );
    },
  );

  app.get<{ Querystring: { organization?: string } & Paged }>(
    '/api/capabilities',
    {
      schema: {
        tags,
        summary: 'Capabilities (能力), posted and derived, by id, one page at a time',
        querystring: paged({ organization: { type: 'string' } }),
        response: ok(pageOf(anyObject)),
      },
    },
    async (req) => {
      const f = { organization: req.query.organization };
      return onePage(
        req.query,
        (limit, offset) => listCapabilities(db, { ...f, limit, offset }),
        () => countCapabilities(db, f),
      );
    },
  );
  app.post<{ Body: CapabilityInput }>(
    '/api/capabilities',
    {
      schema: { tags, summary: 'Post a capability', body: anyObject, response: created(anyObject) },
    },
    async (req, reply) => reply.status(201).send(await postCapability(db, req.body)),
  );
  app.post(
    '/api/capabilities/derive',
    {
      schema: {
        tags,
        summary:
          'Derive again the capabilities and service platforms the atlas infers from its organisations (after an import); analysts, audited',
        response: created({
          type: 'object',
          required: ['capabilities', 'platforms'],
          properties: { capabilities: { type: 'integer' }, platforms: { type: 'integer' } },
        }),
      },
    },
    async (req, reply) => {
      const r = await deriveMatchingRecords(db);
      req.auditDetails = { ...r };
      return reply.status(201).send(r);
    },
  );
  app.get<{ Params: { id: string }; Querystring: { top: number } }>(
    '/api/capabilities/:id/matches',
    {
      schema: {
        tags,
        summary: 'Open demands the owner may see, ranked for a capability',
        params: id,
        querystring: { type: 'object', additionalProperties: false, properties: { top } },
        response: ok(anyObject),
      },
    },
    async (req) => {
      const r = await matchCapability(db, req.params.id, { top: req.query.top });
      if (atLeast(req.viewer, 'analyst')) return r;
      // The capability's owner may see demands the asker may not: only those both may see.
      const demands = new Map((await listDemands(db, {})).map((d) => [d.id, d]));
      const maySee = await demandFilterFor(db, req.viewer);
      return {
        ...r,
        matches: r.matches.filter((m) => {
          const d = demands.get(m.demand);
          return d !== undefined && maySee(d);
        }),
      };
    },
  );

  app.get<{
    Querystring: { buyer?: string; supplier?: string; demand?: string; status?: string } & Paged;
  }>(
    '/api/matches',
    {
      // Who is matched with whom is the parties' business: a member sees its own matches.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Recorded matches and their outcome state, newest first, with the parties’ names (a member account: its own only), one page at a time',
        querystring: paged({
          buyer: { type: 'string' },
          supplier: { type: 'string' },
          demand: { type: 'string' },
          status: { type: 'string' },
        }),
        response: ok(pageOf(anyObject)),
      },
    },
    async (req) => {
      const { page: _p, pageSize: _s, ...q } = req.query;
      const f = { ...q, party: req.viewer.role === 'member' ? req.viewer.organization : undefined };
      return onePage(
        req.query,
        (limit, offset) => listMatches(db, { ...f, limit, offset }),
        () => countMatches(db, f),
      );
    },
  );
  app.post<{ Body: { demand: string; top?: number } }>(
    '/api/matches',
    {
      schema: {
        tags,
        summary: 'Rank suppliers for a stored demand and record them as proposed',
        body: {
          type: 'object',
          required: ['demand'],
          additionalProperties: false,
          properties: { demand: { type: 'string' }, top },
        },
        response: created(anyObject),
      },
    },
    async (req, reply) => {
      await ensureCapabilities(db);
      const r = await matchDemand(db, { id: req.body.demand }, { top: req.body.top, record: true });
      return reply.status(201).send(r);
    },
  );
  app.get<{
    Querystring: { q: string; buyer?: string; region?: string; node?: string; top: number };
  }>(
    '/api/matches/rank',
    {
      schema: {
        tags,
        summary: 'Suppliers ranked for a demand text that is not stored (e.g. 液压多路阀)',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            buyer: { type: 'string' },
            region: { type: 'string', pattern: '^\\d{6}$' },
            node: {
              type: 'string',
              description: 'comma-separated chain nodes or GB/T 4754 classes',
            },
            top,
          },
        },
        response: ok(anyObject),
      },
    },
    async (req) => {
      return matchDemand(
        db,
        {
          text: req.query.q,
          organization: req.query.buyer,
          region: req.query.region,
          nodes: req.query.node?.split(',').filter(Boolean),
        },
        { top: req.query.top },
      );
    },
  );
  app.get<{ Querystring: { period?: Period; from?: string; to?: string } }>(
    '/api/matches/dashboard',
    {
      schema: {
        tags,
        summary: 'Per period: SMEs matched with which leaders, with what result',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            period: { type: 'string', enum: ['month', 'quarter', 'year'] },
            from: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
            to: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
          },
        },
        response: ok(anyObject),
      },
    },
    async (req) => matchDashboard(db, req.query),
  );
  app.get<{ Params: { id: string } }>(
    '/api/matches/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'One match with the history of its outcome (a member account: its own only)',
        params: id,
        response: ok(anyObject),
      },
    },
    async (req) => {
      const m = (await getMatch(db, req.params.id)) ?? notFound('match', req.params.id);
      isParty(req.viewer, m);
      return { ...m, events: await matchEvents(db, m.id) };
    },
  );
  app.post<{ Params: { id: string }; Body: { status: string; note?: string } }>(
    '/api/matches/:id',
    {
      // The buyer or the supplier records how it went; analysts for the promotion organisation.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Record the next outcome: contacted, sample_trial, contract or declined (a member account: its own matches)',
        params: id,
        body: {
          type: 'object',
          required: ['status'],
          additionalProperties: false,
          properties: { status: { type: 'string' }, note: { type: 'string' } },
        },
        response: ok(anyObject),
      },
    },
    async (req) => {
      isParty(req.viewer, (await getMatch(db, req.params.id)) ?? notFound('match', req.params.id));
      return recordOutcome(db, req.params.id, req.body.status, { note: req.body.note });
    },
  );

  app.get<{ Querystring: { as: string } & Paged }>(
    '/api/pool',
    {
      // Who qualified whom is a leader's business: its own member account, or analysts.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'The shared supplier pool as a leader sees it (own entries, peers’ shared ones), by cluster, leader and supplier, one page at a time',
        querystring: { ...paged({ as: { type: 'string' } }), required: ['as'] },
        response: ok(pageOf(anyObject)),
      },
    },
    async (req) => {
      actsFor(req.viewer, req.query.as);
      // What a leader may see is decided entry by entry: the page is a slice of that list.
      const visible = await listPoolFor(db, req.query.as);
      return onePage(
        req.query,
        async (limit, offset) => visible.slice(offset, offset + limit),
        async () => visible.length,
      );
    },
  );
  app.post<{
    Body: {
      action: 'qualify' | 'consent' | 'share' | 'unshare';
      cluster: string;
      leader: string;
      supplier: string;
      actor: string;
      consent?: 'granted' | 'refused' | 'withdrawn';
      note?: string;
    };
  }>(
    '/api/pool',
    {
      // A member acts for its own organisation only (the supplier consents, the leader shares).
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Qualify a supplier (leader), consent (supplier), share or unshare (leader)',
        body: {
          type: 'object',
          required: ['action', 'cluster', 'leader', 'supplier', 'actor'],
          additionalProperties: false,
          properties: {
            action: { type: 'string', enum: ['qualify', 'consent', 'share', 'unshare'] },
            cluster: { type: 'string' },
            leader: { type: 'string' },
            supplier: { type: 'string' },
            actor: { type: 'string' },
            consent: { type: 'string', enum: ['granted', 'refused', 'withdrawn'] },
            note: { type: 'string' },
          },
        },
        response: ok(anyObject),
      },
    },
    async (req) => {
      const b = req.body;
      actsFor(req.viewer, b.actor);
      const key = { cluster: b.cluster, leader: b.leader, supplier: b.supplier };
      switch (b.action) {
        case 'qualify':
          if (b.actor !== b.leader)
            throw new AtlasError('ATLAS_E_FORBIDDEN', 'only the leader qualifies its suppliers', {
              ...key,
            });
          return qualifySupplier(db, key, { note: b.note });
        case 'consent':
          if (!b.consent)
            throw new AtlasError('ATLAS_E_BAD_REQUEST', 'consent: granted, refused or withdrawn');
          return setConsent(db, key, b.consent, { actor: b.actor });
        default:
          return shareSupplier(db, key, { actor: b.actor, shared: b.action === 'share' });
      }
    },
  );
}

/** A member account sees and moves only the matches it is a party to. */
function isParty(viewer: Viewer, m: { buyer: string; supplier: string }): void {
  if (
    viewer.role === 'member' &&
    viewer.organization !== m.buyer &&
    viewer.organization !== m.supplier
  )
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `a member account sees the matches of ${viewer.organization} only`,
      {
        organization: viewer.organization,
      },
    );
}

/** A member account may act only as its own organisation; analysts and admins act for the promotion organisation. */
export function actsFor(viewer: Viewer, organization: string): void {
  if (viewer.role === 'member' && viewer.organization !== organization)
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `a member account acts for ${viewer.organization} only`,
      {
        organization,
      },
    );
}
