import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  CrossRegionProfile,
  NewWorkItem,
  WorkItem,
  WorkItemChange,
  WorkPlan,
} from '../../contract/cross-region.ts';
import { Deleted } from '../../contract/deleted.ts';
import { crossRegionProfile } from '../../services/cross-region/cross-region-profile.ts';
import {
  addWorkItem,
  changeWorkItem,
  removeWorkItem,
  workPlan,
} from '../../services/cross-region/work-plan.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['clusters'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });
const params = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/**
 * A cluster that spans provinces, by its sides, and its joint work plan
 * (services/cross-region). Reads are open to every viewer; the board's
 * writes need an analyst (the default rule for writes, api/access.ts).
 * Every shape is src/contract/cross-region.ts.
 */
export function crossRegionRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/cross-region',
    {
      schema: {
        tags,
        summary:
          'A cluster by province and city (members, size, ties within), the ties across the border (supply, R&D, service, matches) counted and listed, and the chain nodes both sides attract or would attract',
        params,
        response: ok(CrossRegionProfile),
      },
    },
    async (req) => crossRegionProfile(db, req.params.id, req.viewer),
  );
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/work-plan',
    {
      schema: {
        tags,
        summary:
          "A cluster's joint work plan: shared targets, platforms and actions, each with the side that leads it",
        params,
        response: ok(WorkPlan),
      },
    },
    async (req) => workPlan(db, req.params.id),
  );
  app.post<{ Params: { id: string }; Body: unknown }>(
    '/api/clusters/:id/work-plan',
    {
      schema: {
        tags,
        summary:
          'Add an item to the joint work plan (analysts): kind, title, the leading side (a province of the cluster, or joint)',
        params,
        body: wire(NewWorkItem, 'input'),
        response: ok(WorkItem),
      },
    },
    async (req) => addWorkItem(db, req.params.id, req.body, req.viewer),
  );
  app.patch<{ Params: { id: string }; Body: unknown }>(
    '/api/work-plan/:id',
    {
      schema: {
        tags,
        summary: 'Change a work-plan item (analysts): its state, lead, title, detail, due date',
        params,
        body: wire(WorkItemChange, 'input'),
        response: ok(WorkItem),
      },
    },
    async (req) => changeWorkItem(db, req.params.id, req.body),
  );
  app.delete<{ Params: { id: string } }>(
    '/api/work-plan/:id',
    {
      schema: {
        tags,
        summary: 'Remove a work-plan item (analysts)',
        params,
        response: ok(Deleted),
      },
    },
    async (req) => removeWorkItem(db, req.params.id),
  );
}
