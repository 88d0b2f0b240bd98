import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../../core/errors.ts';
import { loadIndexSystem } from '../../services/evaluation/load-index-system.ts';
import { clusterScorecard } from '../../services/evaluation/cluster-scorecard.ts';
import { rankClusters, STORE_SYSTEM } from '../../services/evaluation/rank-clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';

interface Query {
  designation?: string;
  method?: 'wsum' | 'wgeo' | 'topsis';
  weighting?: 'expert' | 'entropy' | 'critic' | 'equal';
  runs?: number;
  seed?: number;
  synthetic?: 'include' | 'exclude';
  w?: string;
}

/** `w=member_firms:2,chain_leaders:1` → { member_firms: 2, chain_leaders: 1 }. */
export function parseWeights(text: string | undefined): Record<string, number> | undefined {
  if (!text) return undefined;
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [id, v] = part.split(':');
    const x = Number(v);
    if (!id || v === undefined || !Number.isFinite(x) || x < 0)
      throw new AtlasError('ATLAS_E_BAD_VALUE', `weights are indicator:number pairs, not ${part}`, {
        field: 'w',
        value: part,
      });
    out[id.trim()] = x;
  }
  return out;
}

const open = { type: 'object', additionalProperties: true } as const;

/** The horse race (赛马): the atlas's clusters ranked under the bundled index system. */
export function rankingRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/rankings',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Clusters ranked under the advanced-manufacturing index system (seed 004’s four marks): scores, ranks, Monte-Carlo rank intervals, weight sensitivity',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            designation: { type: 'string', enum: ['national', 'provincial', 'user', 'seed'] },
            method: { type: 'string', enum: ['wsum', 'wgeo', 'topsis'] },
            weighting: { type: 'string', enum: ['expert', 'entropy', 'critic', 'equal'] },
            runs: { type: 'integer', minimum: 0, maximum: 5000, default: 200 },
            seed: { type: 'integer', minimum: 0, default: 1 },
            synthetic: { type: 'string', enum: ['include', 'exclude'], default: 'include' },
            w: {
              type: 'string',
              maxLength: 2000,
              description:
                'expert weights set by a person: indicator:weight pairs, comma-separated',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['system', 'rows', 'notRanked', 'weights'],
            properties: {
              system: open,
              rows: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    alternative: { type: 'string' },
                    name: { type: 'string' },
                    score: { type: 'number' },
                    rank: { type: 'integer' },
                    rank_low: { type: 'integer' },
                    rank_high: { type: 'integer' },
                    synthetic_share: { type: 'number' },
                  },
                },
              },
              notRanked: {
                type: 'array',
                description:
                  'clusters with no member data: not ranked (listed apart, never last), with the reason',
                items: {
                  type: 'object',
                  required: ['alternative', 'name', 'reason'],
                  properties: {
                    alternative: { type: 'string' },
                    name: { type: 'string' },
                    reason: { type: 'string', enum: ['no_member_data'] },
                  },
                },
              },
              weights: { type: 'array', items: open },
              sensitivity: { type: 'array', items: open },
              spec: open,
              warnings: { type: 'array', items: open },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      const system = await loadIndexSystem(STORE_SYSTEM);
      const r = await rankClusters(db, {
        designation: q.designation,
        method: q.method,
        weights: q.weighting,
        runs: q.runs,
        seed: q.seed,
        synthetic: q.synthetic,
        sensitivity: true,
        weightOverrides: parseWeights(q.w),
      });
      return {
        system: {
          id: system.id,
          name: system.name,
          dimensions: system.dimensions.map((d) => ({
            id: d.id,
            name: d.name,
            children: d.children,
          })),
          indicators: system.indicators.map((i) => ({
            id: i.id,
            name: i.name,
            direction: i.direction,
          })),
          basis: system.basis,
        },
        rows: r.rows,
        notRanked: r.notRanked,
        weights: r.weights,
        sensitivity: r.sensitivity ?? [],
        spec: r.spec,
        warnings: r.warnings,
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { peers?: 'type' | 'field' | 'all' } }>(
    '/api/clusters/:id/scorecard',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster’s scorecard: score and rank among clusters of its designation, its type (basic / key strategic / frontier) and development path, indicators against its peers, the type’s typical problems checked; a cluster with no member data answers status no_member_data and none of these',
        params: idParams,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            peers: { type: 'string', enum: ['type', 'field', 'all'], default: 'type' },
          },
        },
        response: { 200: open, ...errorResponses },
      },
    },
    async (req) => {
      const c = await db.one(`SELECT designation FROM clusters WHERE id = $id`, {
        id: req.params.id,
      });
      if (!c)
        throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster ${req.params.id}`, {
          id: req.params.id,
        });
      return clusterScorecard(db, req.params.id, {
        designation: String(c.designation),
        peers: req.query.peers,
        runs: 200,
        seed: 1,
      });
    },
  );
}
