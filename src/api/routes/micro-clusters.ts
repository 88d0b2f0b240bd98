import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  MicroCluster,
  MicroClusterEvent,
  MicroClusterListQuery,
  MicroClusterPage,
  MicroClusterParams,
  MicroClusterProposals,
  NewMicroCluster,
  ProposalsQuery,
} from '../../contract/micro-clusters.ts';
import { microClusterPage } from '../../services/micro-clusters/listings.ts';
import { proposeClusterMicroClusters } from '../../services/micro-clusters/propose.ts';
import {
  createMicroCluster,
  getMicroCluster,
  logMicroCluster,
} from '../../services/micro-clusters/track.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['clusters'];
const input = (schema: z.ZodType) => wire(schema, 'input');
type In<S extends z.ZodType> = z.output<S>;
type ById = { Params: In<typeof MicroClusterParams> };

/**
 * Micro-clusters: proposals from shared problems, and the groups a
 * promotion organisation starts and tracks; every shape is
 * src/contract/micro-clusters.ts. Reading is open (names of organisations
 * and their shared topics, no figures); starting a group and logging what it
 * did is analysts' work (the default for writes).
 */
export function microClusterRoutes(app: FastifyInstance, db: Duck): void {
  app.get<ById & { Querystring: In<typeof ProposalsQuery> }>(
    '/api/clusters/:id/micro-clusters',
    {
      schema: {
        tags,
        summary:
          'Micro-cluster proposals of a cluster: organisations sharing an R&D topic or, with chain, a choke-point node, and the problems active groups have taken (the groups themselves: GET /api/micro-clusters?cluster=, one page at a time)',
        params: input(MicroClusterParams),
        querystring: input(ProposalsQuery),
        response: { 200: wire(MicroClusterProposals), ...errorResponses },
      },
    },
    async (req) => proposeClusterMicroClusters(db, req.params.id, req.query),
  );
  app.post<{ Body: In<typeof NewMicroCluster> }>(
    '/api/micro-clusters',
    {
      schema: {
        tags,
        summary: 'Start a micro-cluster around a problem with its members',
        body: input(NewMicroCluster),
        response: { 201: wire(MicroCluster), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createMicroCluster(db, req.body, req.viewer.user ?? null)),
  );
  app.get<{ Querystring: In<typeof MicroClusterListQuery> }>(
    '/api/micro-clusters',
    {
      schema: {
        tags,
        summary:
          'The micro-clusters started in a cluster, with their members and logs, oldest first, one page at a time',
        querystring: input(MicroClusterListQuery),
        response: { 200: wire(MicroClusterPage), ...errorResponses },
      },
    },
    async (req) => microClusterPage(db, req.query),
  );
  app.get<ById>(
    '/api/micro-clusters/:id',
    {
      schema: {
        tags,
        summary: 'One micro-cluster with its members and log',
        params: input(MicroClusterParams),
        response: { 200: wire(MicroCluster), ...errorResponses },
      },
    },
    async (req) => getMicroCluster(db, req.params.id),
  );
  app.post<ById & { Body: In<typeof MicroClusterEvent> }>(
    '/api/micro-clusters/:id',
    {
      schema: {
        tags,
        summary:
          'Log what a micro-cluster did: meeting, project, member_joined / member_left (with organization), closed, reopened',
        params: input(MicroClusterParams),
        body: input(MicroClusterEvent),
        response: { 200: wire(MicroCluster), ...errorResponses },
      },
    },
    async (req) => logMicroCluster(db, req.params.id, req.body, req.viewer.user ?? null),
  );
}
