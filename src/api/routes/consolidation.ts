import type { FastifyInstance } from 'fastify';
import {
  ClusterConsolidationQuery,
  Consolidation,
  ConsolidationQuery,
} from '../../contract/consolidation.ts';
import { consolidate } from '../../services/consolidation/consolidate.ts';
import {
  consolidationOptions,
  regionConsolidationOptions,
} from '../../services/consolidation/consolidation-query.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses, idParams } from '../schemas.ts';

const answer = wire(Consolidation);

const summary =
  'Consolidation (兼并重组): HHI (points), CR4, CR8, firms for half and median firm size today and after proposed mergers (ΔHHI read by the US 2023 and EU 2004 merger guidelines), partners for a leading firm; firm figures withheld from those who may not see them';

/** A cluster's or a region × industry's consolidation; every shape is src/contract/consolidation.ts. */
export function consolidationRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string }; Querystring: ClusterConsolidationQuery }>(
    '/api/clusters/:id/consolidation',
    {
      schema: {
        tags: ['clusters'],
        summary,
        params: idParams,
        querystring: wire(ClusterConsolidationQuery, 'input'),
        response: { 200: answer, ...errorResponses },
      },
    },
    async (req): Promise<Consolidation> =>
      consolidate(db, { ...consolidationOptions(req.query), cluster: req.params.id }, req.viewer),
  );

  app.get<{ Querystring: ConsolidationQuery }>(
    '/api/consolidation',
    {
      schema: {
        tags: ['metrics'],
        summary: `${summary}; over a region's firms in an industry`,
        querystring: wire(ConsolidationQuery, 'input'),
        response: { 200: answer, ...errorResponses },
      },
    },
    async (req): Promise<Consolidation> =>
      consolidate(db, regionConsolidationOptions(req.query), req.viewer),
  );
}
