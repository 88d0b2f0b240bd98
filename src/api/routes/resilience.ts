import type { FastifyInstance } from 'fastify';
import { seesAllFigures } from '../../core/access/viewer.ts';
import {
  Disruption,
  ResilienceCurve,
  ResilienceCurveQuery,
  ResilienceQuery,
} from '../../contract/resilience.ts';
import { supplyResilienceCurve } from '../../services/network/disruption.ts';
import { resilienceAnswer } from '../../services/network/resilience-answer.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['clusters'];

/** Supply disruption and the resilience curve; every shape is src/contract/resilience.ts. */
export function resilienceRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ResilienceQuery }>(
    '/api/resilience',
    {
      schema: {
        tags,
        summary:
          'Supply disruption: remove organisations, a region, or (with cluster) every firm on a chain node; customers lose the inputs no surviving supplier makes, the loss cascades; firms hit, output at risk, products left without a supplier in a second province; with cluster, its chain panorama before and after',
        querystring: wire(ResilienceQuery, 'input'),
        response: { 200: wire(Disruption), ...errorResponses },
      },
    },
    async (req): Promise<Disruption> =>
      resilienceAnswer(db, req.query, !seesAllFigures(req.viewer)),
  );
  app.get<{ Querystring: ResilienceCurveQuery }>(
    '/api/resilience/curve',
    {
      schema: {
        tags,
        summary:
          'Resilience curve of the supply network: share of input value kept as a growing share of suppliers fails at random (seeded Monte-Carlo)',
        querystring: wire(ResilienceCurveQuery, 'input'),
        response: { 200: wire(ResilienceCurve), ...errorResponses },
      },
    },
    async (req): Promise<ResilienceCurve> => supplyResilienceCurve(db, req.query),
  );
}
