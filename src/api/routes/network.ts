import type { FastifyInstance } from 'fastify';
import {
  clusterNetwork,
  clusterNetworkSummaries,
  MAX_DRAWN_NODES,
} from '../../services/network/cluster-network.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

const num = { type: ['number', 'null'] } as const;
const str = { type: ['string', 'null'] } as const;

/** A cluster's network diagnostics (集而不群 index) and its network for drawing. */
export function networkRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/network',
    {
      schema: {
        tags: ['clusters'],
        summary: `The 集而不群 (gathered but not networked) index of a cluster with the figures behind its verdict, and its members and partners as a network (at most ${MAX_DRAWN_NODES} nodes)`,
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: {
          200: {
            type: 'object',
            required: ['cluster', 'status', 'index', 'nodes', 'edges'],
            properties: {
              cluster: { type: 'string' },
              status: {
                type: 'string',
                enum: ['judged', 'no_members'],
                description: 'no_members: nothing to judge; the verdict is void',
              },
              index: { type: 'object', additionalProperties: true },
              nodes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    kind: { type: 'string' },
                    tags: { type: 'array', items: { type: 'string' } },
                    synthetic: { type: 'boolean' },
                    member: { type: 'boolean' },
                    degree: { type: 'integer' },
                  },
                },
              },
              edges: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    source: { type: 'string' },
                    target: { type: 'string' },
                    type: { type: 'string' },
                    product: str,
                    value: { ...num, description: 'confidential' },
                    synthetic: { type: 'boolean' },
                  },
                },
              },
              nodesOmitted: { type: 'integer' },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => clusterNetwork(db, req.params.id),
  );

  app.get(
    '/api/networks',
    {
      schema: {
        tags: ['clusters'],
        summary: 'The 集而不群 verdict of every cluster with its main figures, for comparison',
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                cluster: { type: 'string' },
                name: { type: 'string' },
                status: { type: 'string', enum: ['judged', 'no_members'] },
                verdict: { type: 'string' },
                members: { type: 'integer' },
                linkedFirmShare: num,
                largestComponentShare: num,
                firmsWithResearchPartnerShare: num,
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => clusterNetworkSummaries(db),
  );
}
