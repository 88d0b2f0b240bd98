import type { FastifyInstance } from 'fastify';
import { Health } from '../../contract/health.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';
import { packageVersion } from '../version.ts';

/** Liveness and version; the answer's shape is src/contract/health.ts. */
export function healthRoutes(app: FastifyInstance): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and version',
        response: { 200: wire(Health), ...errorResponses },
      },
    },
    async (): Promise<Health> => ({ status: 'ok', version: packageVersion() }),
  );
}
