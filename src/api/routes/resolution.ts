import type { FastifyInstance } from 'fastify';
import { ResolveAnswer, ResolveBody } from '../../contract/resolution.ts';
import { resolveLists } from '../../services/resolution/resolve-lists.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/**
 * POST /api/resolve: entity resolution between two lists of organisations
 * sent in the body, for analysts (a long computation over data that is not
 * the atlas's: no viewer needs it). Nothing is written. Every shape is
 * src/contract/resolution.ts.
 */
export function resolutionRoutes(app: FastifyInstance): void {
  app.post<{ Body: ResolveBody }>(
    '/api/resolve',
    {
      // CPU-bound over lists of up to 20,000 rows a side: under the heavy-route queue.
      config: { access: 'analyst', heavy: true },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ['organizations'],
        summary:
          'Which organisations of one list are those of another (names, places, industry, USCC): pairs with a score, a decision (match, review, distinct) and reasons (analysts; nothing is written)',
        body: wire(ResolveBody, 'input'),
        response: { 200: wire(ResolveAnswer), ...errorResponses },
      },
    },
    async (req): Promise<ResolveAnswer> => resolveLists(req.body),
  );
}
