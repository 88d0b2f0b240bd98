import type { FastifyInstance } from 'fastify';
import { proposeClusterMicroClusters } from '../../services/micro-clusters/propose.ts';
import {
  countMicroClusters,
  createMicroCluster,
  getMicroCluster,
  listMicroClusters,
  logMicroCluster,
  MICRO_CLUSTER_EVENTS,
  type MicroClusterEventKind,
} from '../../services/micro-clusters/track.ts';
import type { Duck } from '../../store/duck.ts';
import { onePage, pagedQuery, type Paged } from '../paging.ts';
import { errorResponses, pageOf } from '../schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['clusters'];
const id = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;

/**
 * Micro-clusters (issue 6): proposals from shared problems, and the groups a
 * promotion organisation starts and tracks. Reading is open (names of
 * organisations and their shared topics, no figures); starting a group and
 * logging what it did is analysts' work (the default for writes).
 */
export function microClusterRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string }; Querystring: { chain?: string; limit?: number } }>(
    '/api/clusters/:id/micro-clusters',
    {
      schema: {
        tags,
        summary:
          'Micro-cluster proposals of a cluster: organisations sharing an R&D topic or, with chain, a choke-point node, and the problems active groups have taken (the groups themselves: GET /api/micro-clusters?cluster=, one page at a time)',
        params: id,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            chain: { type: 'string', maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        },
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => proposeClusterMicroClusters(db, req.params.id, req.query),
  );
  app.post<{
    Body: {
      cluster: string;
      problem: string;
      problemKind: 'topic' | 'chain_node';
      label: string;
      members: string[];
      coordinator?: string;
    };
  }>(
    '/api/micro-clusters',
    {
      schema: {
        tags,
        summary: 'Start a micro-cluster around a problem with its members',
        body: {
          type: 'object',
          required: ['cluster', 'problem', 'problemKind', 'label', 'members'],
          additionalProperties: false,
          properties: {
            cluster: { type: 'string', minLength: 1 },
            problem: { type: 'string', minLength: 1 },
            problemKind: { type: 'string', enum: ['topic', 'chain_node'] },
            label: { type: 'string', minLength: 1, maxLength: 200 },
            members: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 200 },
            coordinator: { type: 'string' },
          },
        },
        response: { 201: anyObject, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createMicroCluster(db, req.body, req.viewer.user ?? null)),
  );
  app.get<{ Querystring: { cluster: string } & Paged }>(
    '/api/micro-clusters',
    {
      schema: {
        tags,
        summary:
          'The micro-clusters started in a cluster, with their members and logs, oldest first, one page at a time',
        querystring: {
          ...pagedQuery({ cluster: { type: 'string', minLength: 1 } }),
          required: ['cluster'],
        },
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) =>
      onePage(
        req.query,
        (limit, offset) => listMicroClusters(db, req.query.cluster, { limit, offset }),
        () => countMicroClusters(db, req.query.cluster),
      ),
  );
  app.get<{ Params: { id: string } }>(
    '/api/micro-clusters/:id',
    {
      schema: {
        tags,
        summary: 'One micro-cluster with its members and log',
        params: id,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => getMicroCluster(db, req.params.id),
  );
  app.post<{
    Params: { id: string };
    Body: { kind: MicroClusterEventKind; note?: string; organization?: string };
  }>(
    '/api/micro-clusters/:id',
    {
      schema: {
        tags,
        summary:
          'Log what a micro-cluster did: meeting, project, member_joined / member_left (with organization), closed, reopened',
        params: id,
        body: {
          type: 'object',
          required: ['kind'],
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: [...MICRO_CLUSTER_EVENTS] },
            note: { type: 'string', maxLength: 2000 },
            organization: { type: 'string' },
          },
        },
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => logMicroCluster(db, req.params.id, req.body, req.viewer.user ?? null),
  );
}
