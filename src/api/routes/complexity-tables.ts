import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ComplexityIndustries,
  ComplexityRegions,
  ComplexityTableQuery,
  IndustrySpace,
  IndustrySpaceQuery,
} from '../../contract/complexity.ts';
import { redactFigures } from '../../services/access/redact.ts';
import { complexityIndustries } from '../../services/complexity/complexity-industries.ts';
import { complexityRegions } from '../../services/complexity/complexity-regions.ts';
import { industrySpace } from '../../services/complexity/industry-space.ts';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { matrixOptions } from '../matrix-schemas.ts';
import { errorResponses } from '../schemas.ts';

/**
 * A CSV of an answer's rows (`key`), after the disclosure rule: CSV is not
 * serialised through the redaction hook, so the rule is applied here with
 * the route's own response schema.
 */
function csv(
  req: FastifyRequest,
  reply: FastifyReply,
  file: string,
  answer: object,
  key: string,
  columns: string[],
) {
  const schema = (req.routeOptions.schema as { response: Record<number, unknown> }).response[200];
  const shown = redactFigures(answer, req.viewer, schema) as Record<string, unknown>;
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file}.csv"`)
    .send(metricCsv(shown[key] as Record<string, unknown>[], columns));
}

const options = (q: ComplexityTableQuery) => ({ ...matrixOptions(q), threshold: q.threshold });

/** GET /api/complexity/regions: ECI, COI and diversity by region. */
function registerRegions(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ComplexityTableQuery }>(
    '/api/complexity/regions',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Every region with its economic complexity (ECI), complexity outlook (COI) and diversity, Stata ecomplexity conventions; format=csv for a file',
        querystring: wire(ComplexityTableQuery, 'input'),
        response: { 200: wire(ComplexityRegions), ...errorResponses },
      },
    },
    async (req, reply) => {
      const r = await complexityRegions(db, options(req.query));
      if (req.query.format === 'csv') return csv(req, reply, 'eci-regions', r, 'rows', r.columns);
      return r;
    },
  );
}

/** GET /api/complexity/industries: PCI and ubiquity by industry. */
function registerIndustries(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ComplexityTableQuery }>(
    '/api/complexity/industries',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Every industry with its complexity (PCI, on ECI’s scale) and ubiquity, Stata ecomplexity conventions; format=csv for a file',
        querystring: wire(ComplexityTableQuery, 'input'),
        response: { 200: wire(ComplexityIndustries), ...errorResponses },
      },
    },
    async (req, reply) => {
      const r = await complexityIndustries(db, options(req.query));
      if (req.query.format === 'csv')
        return csv(req, reply, 'pci-industries', r, 'rows', r.columns);
      return r;
    },
  );
}

/** GET /api/complexity/space: the industry space, with a region's positions in it. */
function registerSpace(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: IndustrySpaceQuery }>(
    '/api/complexity/space',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'The industry space: industries joined by proximity, the maximum spanning tree plus strong links (φ ≥ strong); with region, its RCA, M and density per industry. format=csv gives the links',
        querystring: wire(IndustrySpaceQuery, 'input'),
        response: { 200: wire(IndustrySpace), ...errorResponses },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const s = await industrySpace(db, {
        ...options(q),
        region: q.region,
        strong: q.strong,
        maxExtra: q.maxExtra,
      });
      if (q.format === 'csv')
        return csv(req, reply, 'industry-space', s, 'edges', [
          'source',
          'target',
          'proximity',
          'backbone',
        ]);
      return s;
    },
  );
}

/**
 * ECI by region, PCI by industry and the industry space, over the atlas's own
 * matrix; every shape is src/contract/complexity.ts.
 */
export function complexityTableRoutes(app: FastifyInstance, db: Duck): void {
  registerRegions(app, db);
  registerIndustries(app, db);
  registerSpace(app, db);
}
