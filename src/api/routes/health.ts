import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../schemas.ts';
import { packageVersion } from '../version.ts';

export function healthRoutes(app: FastifyInstance): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and version',
        response: {
          200: {
            type: 'object',
            required: ['status', 'version'],
            properties: { status: { type: 'string', enum: ['ok'] }, version: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
    },
    async () => ({ status: 'ok', version: packageVersion() }),
  );
}
