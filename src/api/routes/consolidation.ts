import type { FastifyInstance } from 'fastify';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { AtlasError } from '../../core/errors.ts';
import { consolidate } from '../../services/consolidation/consolidate.ts';
import type { ConsolidateOptions } from '../../services/consolidation/consolidation-types.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { warningSchema } from '../matrix-schemas.ts';

interface Query {
  merge?: string;
  leader?: string;
  measure?: 'output' | 'revenue' | 'employees';
  year?: number;
  partners?: number;
  nationalMedian?: number;
  region?: string;
  industry?: string;
}

const optionProperties = {
  merge: {
    type: 'string',
    minLength: 1,
    maxLength: 4000,
    description:
      'proposed mergers: firms by id or name separated by commas, mergers by semicolons (丙钢,丁钢;甲,乙)',
  },
  leader: { type: 'string', maxLength: 200, description: 'leading firm (id or name)' },
  measure: { type: 'string', enum: ['output', 'revenue', 'employees'] },
  year: { type: 'integer', minimum: 1900, maximum: 2100 },
  partners: { type: 'integer', minimum: 0, maximum: 100, default: 10 },
  nationalMedian: { type: 'number', minimum: 0, description: 'in the measure’s unit' },
} as const;

const firmRef = {
  organization: { type: 'string' },
  name: { type: 'string' },
  nameEn: { type: ['string', 'null'] },
  synthetic: { type: 'boolean' },
} as const;

const num = (description: string) => confidentialAggregate({ type: 'number', description });
const figures = {
  type: ['object', 'null'],
  properties: {
    firms: { type: 'integer', description: 'firms with a positive size' },
    total: num('sum of sizes, in `unit`'),
    hhi: num('Herfindahl-Hirschman index, points (shares in percent squared)'),
    numbersEquivalent: num('10,000 / HHI: equal-sized firms with this HHI'),
    cr4: num('share of the 4 largest, percent'),
    cr8: num('share of the 8 largest, percent'),
    firmsForHalf: confidentialAggregate({ type: 'integer', description: 'fewest firms for half' }),
    median: num('median firm size, in `unit`'),
  },
} as const;

const reading = {
  type: ['object', 'null'],
  properties: {
    us2023: { type: 'string', enum: ['presumed-harmful', 'no-presumption'] },
    eu2004: { type: 'string', enum: ['concerns-unlikely', 'further-analysis'] },
    euShareIndication: { type: 'boolean' },
  },
} as const;

const answerSchema = {
  type: 'object',
  required: ['scope', 'measure', 'unit', 'before', 'mergers', 'partners', 'disclosure'],
  properties: {
    scope: { type: 'object', additionalProperties: true },
    measure: { type: 'string' },
    unit: { type: 'string' },
    year: { type: ['integer', 'null'] },
    firms: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...firmRef,
          size: num('the firm’s size, in `unit`'),
          share: num('percent'),
        },
      },
    },
    notReporting: { type: 'array', items: { type: 'object', properties: firmRef } },
    before: figures,
    after: figures,
    deltaHhi: num('ΔHHI of all mergers, points'),
    reading,
    mergers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          members: { type: 'array', items: { type: 'object', properties: firmRef } },
          size: num('the merged firm’s size (capacity), in `unit`'),
          share: num('percent'),
          deltaHhi: num('points'),
          postHhi: num('HHI after this merger alone, points'),
          reading,
        },
      },
    },
    nationalMedian: { type: ['number', 'null'] },
    leader: { type: ['object', 'null'], properties: firmRef },
    partners: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...firmRef,
          added: { type: 'array', items: { type: 'string' } },
          shared: { type: 'array', items: { type: 'string' } },
          complementarity: { type: 'number' },
          distanceKm: { type: ['number', 'null'] },
          proximity: { type: 'number' },
          sharedCustomers: { type: 'integer' },
          customerOverlap: { type: 'number' },
          overlapSize: num('the partner’s size in the products it shares with the leader'),
          score: { type: 'number' },
        },
      },
    },
    weights: { type: 'object', additionalProperties: { type: 'number' } },
    guidelines: { type: 'array', items: { type: 'string' } },
    disclosure: { type: 'object', additionalProperties: true },
    synthetic: { type: 'object', additionalProperties: true },
    source: { type: 'string' },
    warnings: { type: 'array', items: warningSchema },
  },
} as const;

function options(q: Query): ConsolidateOptions {
  const merge = (q.merge?.split(';').filter((m) => m.trim()) ?? []).map((m) =>
    m
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const m of merge)
    if (m.length < 2)
      throw new AtlasError(
        'ATLAS_E_BAD_REQUEST',
        'merge: name at least two firms separated by commas',
      );
  return {
    merge,
    leader: q.leader,
    measure: q.measure,
    year: q.year,
    partners: q.partners,
    nationalMedian: q.nationalMedian,
  };
}

const summary =
  'Consolidation (兼并重组): HHI (points), CR4, CR8, firms for half and median firm size today and after proposed mergers (ΔHHI read by the US 2023 and EU 2004 merger guidelines), partners for a leading firm; firm figures withheld from those who may not see them';

export function consolidationRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string }; Querystring: Query }>(
    '/api/clusters/:id/consolidation',
    {
      schema: {
        tags: ['clusters'],
        summary,
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: optionProperties },
        response: { 200: answerSchema, ...errorResponses },
      },
    },
    async (req) => consolidate(db, { ...options(req.query), cluster: req.params.id }, req.viewer),
  );

  app.get<{ Querystring: Query }>(
    '/api/consolidation',
    {
      schema: {
        tags: ['metrics'],
        summary: `${summary}; over a region's firms in an industry`,
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['region', 'industry'],
          properties: {
            ...optionProperties,
            region: { type: 'string', pattern: '^\\d{6}$' },
            industry: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
        response: { 200: answerSchema, ...errorResponses },
      },
    },
    async (req) =>
      consolidate(
        db,
        { ...options(req.query), region: req.query.region, industry: req.query.industry },
        req.viewer,
      ),
  );
}
