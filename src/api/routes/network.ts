import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../../core/errors.ts';
import { LinkType } from '../../core/model/link.ts';
import { networkExplorer } from '../../services/network/network-explorer.ts';
import { simulateChainDisruption } from '../../services/network/chain-disruption.ts';
import {
  clusterNetwork,
  clusterNetworkSummaries,
  MAX_DRAWN_NODES,
} from '../../services/network/cluster-network.ts';
import { seesAllFigures } from '../../core/access/viewer.ts';
import { confidentialAggregate, declareAggregates } from '../../core/access/disclosure.ts';
import { simulateDisruption, supplyResilienceCurve } from '../../services/network/disruption.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';

const LINK_TYPES = LinkType.options;

const num = { type: ['number', 'null'] } as const;
const share = (what: string) => ({ type: 'number', minimum: 0, maximum: 1, description: what });

/** The synthetic mark of an answer (services/synthetic-share.ts), as store-matrix reports it. */
function syntheticProps(organizations: string, links: string) {
  return {
    organizations: { type: 'integer', description: organizations },
    syntheticOrganizations: { type: 'integer', description: 'of those, synthetic' },
    links: { type: 'integer', description: links },
    syntheticLinks: { type: 'integer', description: 'of those, synthetic' },
    syntheticShare: share('syntheticOrganizations / organizations (0 when there are none)'),
    syntheticLinkShare: share('syntheticLinks / links (0 when there are none)'),
  } as const;
}
const SYNTHETIC_REQUIRED = ['syntheticShare', 'syntheticOrganizations'];
const warnings = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;
const str = { type: ['string', 'null'] } as const;
const STATUSES = ['judged', 'no_members', 'too_few_firms', 'no_ties_recorded'];

/** Days a visitor's disruption may assume: none, a week, a fortnight, months, years. */
const DAYS = [0, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650];
const nearestDays = (d: number) =>
  DAYS.reduce((best, x) => (Math.abs(x - d) < Math.abs(best - d) ? x : best), DAYS[0]);

/** A cluster's network diagnostics (集而不群 index) and its network for drawing. */
export function networkRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/network',
    {
      schema: {
        tags: ['clusters'],
        summary: `The 集而不群 (gathered but not networked) index of a cluster with the figures behind its verdict, and its members and partners as a network (at most ${MAX_DRAWN_NODES} nodes)`,
        params: idParams,
        response: {
          200: {
            type: 'object',
            required: ['cluster', 'status', 'index', 'nodes', 'edges', ...SYNTHETIC_REQUIRED],
            properties: {
              cluster: { type: 'string' },
              ...syntheticProps(
                'members judged (the verdict is over them)',
                'links among the organisations of the answer',
              ),
              status: {
                type: 'string',
                enum: STATUSES,
                description:
                  'judged, or why there is no verdict (index.verdict insufficient_data): no_members; too_few_firms (fewer than 3 member firms); no_ties_recorded (no link of any member recorded)',
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
                    pagerank: { type: 'number' },
                    constraint: num,
                    community: { type: 'integer' },
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
              research: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    kind: { type: 'string' },
                    firmPartners: { type: 'integer' },
                  },
                },
              },
              communities: { type: 'integer' },
              leaderTiers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    leader: { type: 'string' },
                    name: { type: 'string' },
                    tiers: { type: 'array', items: { type: 'integer' } },
                  },
                },
              },
              keySuppliers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    customers: { type: 'integer' },
                    soleSourceCustomers: { type: 'integer' },
                  },
                },
              },
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
                status: { type: 'string', enum: STATUSES },
                verdict: {
                  type: 'string',
                  enum: ['networked', 'gathered_not_networked', 'insufficient_data'],
                },
                members: { type: 'integer' },
                linkedFirmShare: num,
                largestComponentShare: num,
                firmsWithResearchPartnerShare: num,
                syntheticOrganizations: { type: 'integer', description: 'synthetic members' },
                syntheticShare: share('synthetic members / members (0 without members)'),
                syntheticLinks: {
                  type: 'integer',
                  description: 'synthetic links among the cluster’s organisations',
                },
                syntheticLinkShare: share('synthetic links / links (0 without links)'),
              },
              required: ['cluster', 'status', 'verdict', ...SYNTHETIC_REQUIRED],
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => clusterNetworkSummaries(db),
  );

  app.get<{ Querystring: { cluster?: string; types?: string; maxNodes?: number } }>(
    '/api/networks/explorer',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'The network for the WebGL explorer: organisations with ties of the chosen types (atlas-wide or around a cluster), degree, PageRank and Louvain community; edges as [source, target, type] index triples; no link values',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            cluster: { type: 'string', maxLength: 200 },
            types: {
              type: 'string',
              pattern: `^(${LINK_TYPES.join('|')})(,(${LINK_TYPES.join('|')}))*$`,
              description:
                'comma-separated link types (default: supply, collaboration, service, ownership, investment)',
            },
            maxNodes: { type: 'integer', minimum: 1, maximum: 50000, default: 20000 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              scope: { type: 'string' },
              types: { type: 'array', items: { type: 'string' } },
              nodes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    kind: { type: 'string' },
                    member: { type: 'boolean' },
                    synthetic: { type: 'boolean' },
                    degree: { type: 'integer' },
                    pagerank: { type: 'number' },
                    community: { type: 'integer' },
                  },
                },
              },
              edges: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
              communities: { type: 'integer' },
              modularity: { type: 'number' },
              nodesOmitted: { type: 'integer' },
              warnings: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) =>
      networkExplorer(db, {
        cluster: req.query.cluster,
        types: req.query.types?.split(','),
        maxNodes: req.query.maxNodes,
      }),
  );

  app.get<{
    Querystring: {
      remove?: string;
      region?: string;
      cluster?: string;
      chain?: string;
      node?: string;
      bufferDays?: number;
      horizonDays?: number;
      failAt?: number;
      limit?: number;
    };
  }>(
    '/api/resilience',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Supply disruption: remove organisations, a region, or (with cluster) every firm on a chain node; customers lose the inputs no surviving supplier makes, the loss cascades; firms hit, output at risk, products left without a supplier in a second province; with cluster, its chain panorama before and after',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            remove: {
              type: 'string',
              maxLength: 4000,
              description: 'organisation ids, comma-separated',
            },
            region: { type: 'string', pattern: '^\\d{6}$' },
            cluster: {
              type: 'string',
              maxLength: 200,
              description: 'compare this cluster’s chain panorama before and after',
            },
            chain: { type: 'string', maxLength: 200, description: 'default: the cluster’s first' },
            node: {
              type: 'string',
              maxLength: 200,
              description:
                'chain node: every firm of the cluster placed on it stops (needs cluster)',
            },
            bufferDays: { type: 'number', minimum: 0, maximum: 3650, default: 0 },
            horizonDays: { type: 'number', exclusiveMinimum: 0, maximum: 3650, default: 30 },
            failAt: { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 0.5 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: true,
            required: ['firmsHit', 'syntheticFirmsHit', ...SYNTHETIC_REQUIRED, 'warnings'],
            properties: {
              firmsHit: { type: 'integer' },
              syntheticFirmsHit: { type: 'integer', description: 'of the firms hit, synthetic' },
              outputAtRisk: confidentialAggregate({
                type: 'number',
                description: 'Σ output × loss over the firms hit (10k yuan)',
              }),
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: true,
                  properties: {
                    organization: { type: 'string' },
                    loss: confidentialAggregate({
                      type: 'number',
                      description:
                        'share of the firm’s inputs (by value) lost: its own figure, shown to its member and analysts',
                    }),
                  },
                },
              },
              coarsened: {
                type: 'object',
                description:
                  'present when the parameters were snapped for someone who may not see firms’ figures (failAt to quarters, days to a week, a fortnight, 1, 2, 3, 6 months, 1, 2, 5 or 10 years), so varying them cannot read a firm’s loss off where it fails',
                properties: {
                  failAt: { type: 'number' },
                  bufferDays: { type: 'number' },
                  horizonDays: { type: 'number' },
                },
              },
              ...syntheticProps(
                'organisations of the supply network it ran on',
                'supply links of that network',
              ),
              warnings,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      // A continuous threshold lets an asker find where a firm fails, i.e. its loss: snapped.
      const coarse = !seesAllFigures(req.viewer);
      const snapped = {
        failAt: Math.min(1, Math.max(0.25, Math.round((q.failAt ?? 0.5) * 4) / 4)),
        bufferDays: nearestDays(q.bufferDays ?? 0),
        horizonDays: Math.max(7, nearestDays(q.horizonDays ?? 30)),
      };
      const request = {
        remove: (q.remove ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        region: q.region,
        ...(coarse
          ? snapped
          : { bufferDays: q.bufferDays, horizonDays: q.horizonDays, failAt: q.failAt }),
        // Every hit: the total's disclosure counts them all; the list is cut below.
        limit: Number.MAX_SAFE_INTEGER,
      };
      if (q.node && !q.cluster)
        throw new AtlasError('ATLAS_E_BAD_VALUE', 'node needs cluster: whose firms on it stop?', {
          node: q.node,
        });
      const r = q.cluster
        ? await simulateChainDisruption(db, {
            ...request,
            cluster: q.cluster,
            chain: q.chain,
            node: q.node,
          })
        : await simulateDisruption(db, request);
      // The total is a confidential aggregate of the hits' output × loss; a loss is its firm's own.
      const answer = declareAggregates(
        {
          ...r,
          options: { ...r.options, limit: q.limit ?? 50 },
          hits: r.hits.slice(0, q.limit ?? 50),
          ...(coarse ? { coarsened: snapped } : {}),
        },
        [
          {
            path: ['outputAtRisk'],
            sets: [r.hits.map((h) => ({ id: h.organization, value: h.output ?? 0 }))],
          },
        ],
      );
      for (const h of answer.hits)
        declareAggregates(h, [{ path: ['loss'], sets: [[{ id: h.organization, value: 1 }]] }]);
      return answer;
    },
  );

  app.get<{ Querystring: { runs?: number; seed?: number; bufferDays?: number } }>(
    '/api/resilience/curve',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Resilience curve of the supply network: share of input value kept as a growing share of suppliers fails at random (seeded Monte-Carlo)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            runs: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            seed: { type: 'integer', minimum: 0, default: 1 },
            bufferDays: { type: 'number', minimum: 0, maximum: 3650, default: 0 },
          },
        },
        response: {
          200: {
            type: 'object',
            additionalProperties: true,
            required: ['points', ...SYNTHETIC_REQUIRED, 'warnings'],
            properties: {
              points: { type: 'array', items: { type: 'object', additionalProperties: true } },
              runs: { type: 'integer' },
              seed: { type: 'integer' },
              ...syntheticProps('organisations of the supply network', 'its supply links'),
              warnings,
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => supplyResilienceCurve(db, req.query),
  );
}
