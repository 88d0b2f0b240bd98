import type { FastifyInstance } from 'fastify';
import { clusterFacts } from '../../services/catalog/cluster-facts.ts';
import { clusterSize } from '../../services/catalog/cluster-size.ts';
import { getCluster } from '../../services/catalog/getCluster.ts';
import { listClusters } from '../../services/catalog/listClusters.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';

export function clusterRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/clusters',
    {
      schema: {
        tags: ['clusters'],
        summary: 'Every cluster with its regions, location and member counts',
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: { 200: { type: 'array', items: { $ref: 'Cluster#' } }, ...errorResponses },
      },
    },
    async () => listClusters(db),
  );

  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id',
    {
      schema: {
        tags: ['clusters'],
        summary: 'One cluster: regions, members, counts by kind and tag, synthetic share',
        params: idParams,
        response: { 200: { $ref: 'ClusterProfile#' }, ...errorResponses },
      },
    },
    async (req) => getCluster(db, req.params.id),
  );

  const sizeCell = {
    type: 'object',
    required: ['sum', 'organizations', 'synthetic', 'suppressed'],
    properties: {
      sum: { type: ['number', 'null'], description: 'null: withheld (disclosure rule) or none' },
      organizations: { type: 'integer' },
      synthetic: { type: 'integer' },
      suppressed: { type: 'boolean' },
    },
  } as const;
  const growth = {
    type: ['object', 'null'],
    properties: {
      from: { type: 'integer' },
      to: { type: 'integer' },
      total: { type: ['number', 'null'], description: 'CAGR of the totals' },
      samePanel: { type: ['number', 'null'], description: 'CAGR of organisations in both years' },
      panel: { type: 'integer' },
      suppressed: { type: 'boolean' },
    },
  } as const;

  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/size',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster’s size and growth: members’ employees, revenue and output by year, growth of totals and of the same organisations; sums over fewer than 3 organisations, or one over 85% of the sum, withheld from those who may not see the figures',
        params: idParams,
        response: {
          200: {
            type: 'object',
            required: ['cluster', 'units', 'years', 'growth', 'disclosure'],
            properties: {
              cluster: { type: 'string' },
              units: { type: 'object', additionalProperties: { type: 'string' } },
              years: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    year: { type: 'integer' },
                    employees: sizeCell,
                    revenue: sizeCell,
                    output: sizeCell,
                  },
                },
              },
              growth: {
                type: 'object',
                properties: { employees: growth, revenue: growth, output: growth },
              },
              disclosure: {
                type: 'object',
                properties: {
                  minContributors: { type: 'integer' },
                  dominance: { type: 'number' },
                  applied: { type: 'boolean' },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => clusterSize(db, req.params.id, req.viewer),
  );

  const citation = {
    type: ['object', 'null'],
    description: 'how a reader cites the source; null: cite `source` as written',
    required: ['key', 'title', 'authors', 'year', 'kind'],
    properties: {
      key: { type: 'string' },
      title: { type: 'string' },
      titleEn: { type: 'string' },
      authors: { type: 'array', items: { type: 'string' } },
      authorsEn: { type: 'array', items: { type: 'string' } },
      publisher: { type: 'string' },
      publisherEn: { type: 'string' },
      year: { type: 'integer' },
      date: { type: 'string' },
      doi: { type: 'string' },
      url: { type: 'string' },
      kind: { type: 'string' },
    },
  } as const;
  const coverage = {
    type: ['object', 'null'],
    description:
      'what the atlas holds of the figure — kind firms: real member firms held of the cited count; kind sum: real members’ sum of the measure in the cited year (null when none reported or withheld) — coverage, never the cluster’s size; null: not comparable (a market share)',
    required: ['kind'],
    properties: {
      kind: { type: 'string', enum: ['firms', 'sum'] },
      held: { type: 'integer' },
      of: { type: 'number' },
      share: { type: ['number', 'null'] },
      synthetic: { type: 'integer' },
      measure: { type: 'string', enum: ['employees', 'revenue', 'output'] },
      year: { type: 'integer' },
      sum: { type: ['number', 'null'] },
      organizations: { type: 'integer' },
      suppressed: { type: 'boolean' },
    },
  } as const;

  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/facts',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Figures published sources give for a cluster (output, firms, market share), each with its citation (title, authors, publisher, year), unit and wording (over / about / nearly), and the atlas’s own count or sum beside it only as coverage',
        params: idParams,
        response: {
          200: {
            type: 'object',
            required: ['cluster', 'facts', 'warnings'],
            properties: {
              cluster: { type: 'string' },
              facts: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'indicator',
                    'value',
                    'stored',
                    'quoted',
                    'unit',
                    'year',
                    'qualifier',
                    'quote',
                    'source',
                    'citation',
                    'verified',
                    'coverage',
                  ],
                  properties: {
                    indicator: { type: 'string' },
                    value: {
                      type: 'number',
                      description:
                        'as the source states it (its quotation wins over a stored value it contradicts)',
                    },
                    stored: { type: 'number', description: 'as stored in the atlas (indicators)' },
                    quoted: {
                      type: ['number', 'null'],
                      description:
                        'the amount the quotation states, in the stored unit (money only)',
                    },
                    unit: {
                      type: ['string', 'null'],
                      description: '10k yuan (万元), firms, share (a fraction), …',
                    },
                    year: { type: ['integer', 'null'] },
                    qualifier: {
                      type: ['string', 'null'],
                      enum: ['over', 'about', 'nearly', null],
                      description: 'as the source words it; null: the figure as stated',
                    },
                    quote: { type: ['string', 'null'], description: 'the source’s own words' },
                    source: { type: 'string' },
                    citation,
                    verified: { type: 'boolean' },
                    coverage,
                  },
                },
              },
              warnings: {
                type: 'array',
                items: { type: 'object', additionalProperties: true },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => clusterFacts(db, req.params.id, req.viewer),
  );
}
