import type { FastifyInstance } from 'fastify';
import {
  CapabilityInput,
  CapabilityListQuery,
  CapabilityMatches,
  CapabilityMatchQuery,
  CapabilityPage,
  Capability,
  Dashboard,
  DashboardQuery,
  Demand,
  DemandInput,
  DemandListQuery,
  DemandMatches,
  DemandPage,
  DemandTextQuery,
  DerivedCounts,
  IdParams,
  MatchListQuery,
  MatchPage,
  MatchWithEvents,
  OutcomeInput,
  PoolActionInput,
  PoolEntry,
  PoolListQuery,
  PoolPage,
  RecordedMatch,
  RecordMatchesInput,
  StoredDemandMatchQuery,
} from '../../contract/matching.ts';
import type { z } from 'zod';
import { capabilityMatchesFor, visibleDemand } from '../../services/matching/demand-visibility.ts';
import { deriveMatchingRecords } from '../../services/matching/derive-all.ts';
import {
  ensureCapabilities,
  matchDashboard,
  matchDemand,
  postCapability,
  postDemand,
  recordOutcome,
} from '../../services/matching/index.ts';
import {
  capabilityPage,
  demandPage,
  matchPage,
  poolPage,
} from '../../services/matching/listings.ts';
import { actsFor, matchFor } from '../../services/matching/match-parties.ts';
import { poolAction } from '../../services/matching/pool-action.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

export { actsFor };

/**
 * Matchmaking: demands, capabilities, ranked matches with reasons, outcomes,
 * the outcome dashboard, the shared supplier pool (the public service
 * platforms are in services.ts). Every shape is src/contract/matching.ts;
 * every handler calls one service. The acting organisation of a pool action
 * is named in the body (`actor`) and checked against the viewer and the
 * pool's rules.
 */
const tags = ['matching'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });
const created = (schema: z.ZodType) => ({ 201: wire(schema), ...errorResponses });
const input = (schema: z.ZodType) => wire(schema, 'input');
const id = input(IdParams);

type In<S extends z.ZodType> = z.output<S>;

export function matchingRoutes(app: FastifyInstance, db: Duck): void {
  demandRoutes(app, db);
  capabilityRoutes(app, db);
  matchRoutes(app, db);
  outcomeRoutes(app, db);
  poolRoutes(app, db);
}

function demandRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof DemandListQuery> }>(
    '/api/demands',
    {
      schema: {
        tags,
        summary: 'Demands (需求), newest first, one page at a time',
        querystring: input(DemandListQuery),
        response: ok(DemandPage),
      },
    },
    async (req) => demandPage(db, req.query, req.viewer),
  );
  app.post<{ Body: z.input<typeof DemandInput> }>(
    '/api/demands',
    {
      schema: {
        tags,
        summary: 'Post a demand',
        body: input(DemandInput),
        response: created(Demand),
      },
    },
    async (req, reply) => reply.status(201).send(await postDemand(db, req.body)),
  );
  app.get<{ Params: In<typeof IdParams>; Querystring: In<typeof StoredDemandMatchQuery> }>(
    '/api/demands/:id/matches',
    {
      schema: {
        tags,
        summary: 'Suppliers ranked for a stored demand, with the reasons of each rank',
        params: id,
        querystring: input(StoredDemandMatchQuery),
        response: ok(DemandMatches),
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
}

function capabilityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof CapabilityListQuery> }>(
    '/api/capabilities',
    {
      schema: {
        tags,
        summary: 'Capabilities (能力), posted and derived, by id, one page at a time',
        querystring: input(CapabilityListQuery),
        response: ok(CapabilityPage),
      },
    },
    async (req) => capabilityPage(db, req.query),
  );
  app.post<{ Body: z.input<typeof CapabilityInput> }>(
    '/api/capabilities',
    {
      schema: {
        tags,
        summary: 'Post a capability',
        body: input(CapabilityInput),
        response: created(Capability),
      },
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
        response: created(DerivedCounts),
      },
    },
    async (req, reply) => {
      const r = await deriveMatchingRecords(db);
      req.auditDetails = { ...r };
      return reply.status(201).send(r);
    },
  );
  app.get<{ Params: In<typeof IdParams>; Querystring: In<typeof CapabilityMatchQuery> }>(
    '/api/capabilities/:id/matches',
    {
      schema: {
        tags,
        summary: 'Open demands the owner may see, ranked for a capability',
        params: id,
        querystring: input(CapabilityMatchQuery),
        response: ok(CapabilityMatches),
      },
    },
    async (req) => capabilityMatchesFor(db, req.viewer, req.params.id, req.query),
  );
}

function matchRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof MatchListQuery> }>(
    '/api/matches',
    {
      // Who is matched with whom is the parties' business: a member sees its own matches.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Recorded matches and their outcome state, newest first, with the parties’ names (a member account: its own only), one page at a time',
        querystring: input(MatchListQuery),
        response: ok(MatchPage),
      },
    },
    async (req) => matchPage(db, req.query, req.viewer),
  );
  app.post<{ Body: In<typeof RecordMatchesInput> }>(
    '/api/matches',
    {
      schema: {
        tags,
        summary: 'Rank suppliers for a stored demand and record them as proposed',
        body: input(RecordMatchesInput),
        response: created(DemandMatches),
      },
    },
    async (req, reply) => {
      await ensureCapabilities(db);
      const r = await matchDemand(db, { id: req.body.demand }, { top: req.body.top, record: true });
      return reply.status(201).send(r);
    },
  );
  app.get<{ Querystring: In<typeof DemandTextQuery> }>(
    '/api/matches/rank',
    {
      schema: {
        tags,
        summary: 'Suppliers ranked for a demand text that is not stored (e.g. 液压多路阀)',
        querystring: input(DemandTextQuery),
        response: ok(DemandMatches),
      },
    },
    async (req) =>
      matchDemand(
        db,
        {
          text: req.query.q,
          organization: req.query.buyer,
          region: req.query.region,
          nodes: req.query.node?.split(',').filter(Boolean),
        },
        { top: req.query.top },
      ),
  );
}

function outcomeRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof DashboardQuery> }>(
    '/api/matches/dashboard',
    {
      schema: {
        tags,
        summary: 'Per period: SMEs matched with which leaders, with what result',
        querystring: input(DashboardQuery),
        response: ok(Dashboard),
      },
    },
    async (req) => matchDashboard(db, req.query),
  );
  app.get<{ Params: In<typeof IdParams> }>(
    '/api/matches/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'One match with the history of its outcome (a member account: its own only)',
        params: id,
        response: ok(MatchWithEvents),
      },
    },
    async (req) => matchFor(db, req.viewer, req.params.id),
  );
  app.post<{ Params: In<typeof IdParams>; Body: In<typeof OutcomeInput> }>(
    '/api/matches/:id',
    {
      // The buyer or the supplier records how it went; analysts for the promotion organisation.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Record the next outcome: contacted, sample_trial, contract or declined (a member account: its own matches)',
        params: id,
        body: input(OutcomeInput),
        response: ok(RecordedMatch),
      },
    },
    async (req) => {
      await matchFor(db, req.viewer, req.params.id);
      return recordOutcome(db, req.params.id, req.body.status, { note: req.body.note });
    },
  );
}

function poolRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof PoolListQuery> }>(
    '/api/pool',
    {
      // Who qualified whom is a leader's business: its own member account, or analysts.
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'The shared supplier pool as a leader sees it (own entries, peers’ shared ones), by cluster, leader and supplier, one page at a time',
        querystring: input(PoolListQuery),
        response: ok(PoolPage),
      },
    },
    async (req) => {
      actsFor(req.viewer, req.query.as);
      return poolPage(db, req.query);
    },
  );
  app.post<{ Body: In<typeof PoolActionInput> }>(
    '/api/pool',
    {
      // A member acts for its own organisation only (the supplier consents, the leader shares).
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Qualify a supplier (leader), consent (supplier), share or unshare (leader)',
        body: input(PoolActionInput),
        response: ok(PoolEntry),
      },
    },
    async (req) => {
      actsFor(req.viewer, req.body.actor);
      return poolAction(db, req.body);
    },
  );
}
