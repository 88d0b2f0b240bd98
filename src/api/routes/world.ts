import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  UsClusterList,
  WorldBenchmark,
  WorldBenchmarkQuery,
  WorldClusterList,
} from '../../contract/world.ts';
import { usClusterList } from '../../services/world/us-cluster-list.ts';
import { worldBenchmark } from '../../services/world/world-benchmark.ts';
import { worldClusterList } from '../../services/world/world-cluster-list.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['clusters'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });

/**
 * World benchmarks: a chain field (or a cluster by its field) beside its US
 * counterpart among the DPS (2016) traded clusters and the world clusters
 * the source articles name; the world records themselves. Every shape is
 * src/contract/world.ts.
 */
export function worldRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: z.output<typeof WorldBenchmarkQuery> }>(
    '/api/world/benchmark',
    {
      schema: {
        tags,
        summary:
          'A chain field (field) or a cluster (cluster, by its field) beside its US counterpart cluster (Delgado-Porter-Stern 2016, through a NAICS ↔ GB/T 4754 concordance), the related US clusters and the world clusters the sources name, on the figures either side has; missing figures said',
        querystring: wire(WorldBenchmarkQuery, 'input'),
        response: ok(WorldBenchmark),
      },
    },
    async (req) => worldBenchmark(db, req.query),
  );
  app.get(
    '/api/world/clusters',
    {
      schema: {
        tags,
        summary:
          'The world clusters the source articles name: each fact with its quote, unit, year (or why none) and source; fields mapped to GB/T 4754 with their basis',
        response: ok(WorldClusterList),
      },
    },
    async () => worldClusterList(),
  );
  app.get(
    '/api/world/us-clusters',
    {
      schema: {
        tags,
        summary:
          'The 51 traded clusters of Delgado, Porter and Stern (2016), a second cluster taxonomy: NAICS industries, the GB/T 4754 classes our concordance maps into each (inferred), related clusters',
        response: ok(UsClusterList),
      },
    },
    async () => usClusterList(),
  );
}
