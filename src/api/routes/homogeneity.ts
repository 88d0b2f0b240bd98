import type { FastifyInstance } from 'fastify';
import { HomogeneityAnswer, HomogeneityQuery } from '../../contract/metrics.ts';
import { homogeneityAnswer } from '../../services/metrics/homogeneity.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { matrixOptions } from '../matrix-schemas.ts';
import { errorResponses } from '../schemas.ts';

const codeList = (s: string | undefined) =>
  s
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);

export function homogeneityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: HomogeneityQuery }>(
    '/api/homogeneity',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Homogeneous competition (同质化竞争): regions most similar to a region in the industries they prioritise, and similar pairs of a set of regions',
        querystring: wire(HomogeneityQuery, 'input'),
        response: {
          200: wire(HomogeneityAnswer),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      return homogeneityAnswer(db, {
        ...matrixOptions(q),
        regionLevel: q.regionLevel,
        region: q.region,
        peers: codeList(q.peers),
        within: q.within,
        industries: codeList(q.industries),
        threshold: q.threshold,
        limit: q.limit,
      });
    },
  );
}
