import type { FastifyInstance } from 'fastify';
import { CapacityRun, CapacityRunInput, CapacityRunList } from '../../contract/capacity-runs.ts';
import {
  listCapacityRuns,
  readCapacityRun,
  removeCapacityRun,
  saveCapacityRun,
} from '../../services/capacity/capacity-runs.ts';
import type { Duck } from '../../store/duck.ts';
import { Deleted } from '../../contract/deleted.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses, idParams } from '../schemas.ts';

/**
 * Saved allocation runs of the capacity alliance. Saving and deleting are
 * the operator's (analyst, the default write role); reading needs a member
 * account at least: a member firm reads only its own organisation's lines
 * and loads (services/capacity/capacity-runs.ts), analysts and admins read
 * every line and the run's summary.
 */
export function capacityRunRoutes(app: FastifyInstance, db: Duck): void {
  app.post<{ Body: CapacityRunInput }>(
    '/api/capacity/runs',
    {
      config: { heavy: true },
      schema: {
        tags: ['capacity'],
        summary:
          'Save an allocation run of the capacity alliance (solved again from its inputs); a capacity row may name the atlas organisation its member stands for, whose account then reads its own lines',
        body: wire(CapacityRunInput, 'input'),
        response: { 201: wire(CapacityRun), ...errorResponses },
      },
    },
    async (req, reply) => {
      const run = await saveCapacityRun(db, req.body, req.viewer.user ?? req.viewer.role);
      req.auditDetails = { capacityRun: run.id, lines: run.lines };
      return reply.code(201).send(run);
    },
  );

  app.get(
    '/api/capacity/runs',
    {
      config: { access: 'member' },
      schema: {
        tags: ['capacity'],
        summary:
          'Saved allocation runs, newest first: every run for analysts; for a member firm, the runs it has lines in, with its own lines counted and summed only',
        response: { 200: wire(CapacityRunList), ...errorResponses },
      },
    },
    async (req) => ({ items: await listCapacityRuns(db, req.viewer) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/capacity/runs/:id',
    {
      config: { access: 'member' },
      schema: {
        tags: ['capacity'],
        summary:
          "One allocation run: every line, load and the summary for analysts; a member firm's own lines and loads only (404 for a run it is not part of)",
        params: idParams,
        response: { 200: wire(CapacityRun), ...errorResponses },
      },
    },
    async (req) => readCapacityRun(db, req.params.id, req.viewer),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/capacity/runs/:id',
    {
      schema: {
        tags: ['capacity'],
        summary: 'Delete an allocation run with its lines',
        params: idParams,
        response: { 200: wire(Deleted), ...errorResponses },
      },
    },
    async (req) => {
      await removeCapacityRun(db, req.params.id);
      req.auditDetails = { capacityRun: req.params.id };
      const answer: Deleted = { deleted: req.params.id };
      return answer;
    },
  );
}
