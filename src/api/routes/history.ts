import type { FastifyInstance } from 'fastify';
import { organizationHistory } from '../../services/history/organization-history.ts';
import { undoChange } from '../../services/history/undo-change.ts';
import { undoWholeMerge } from '../../services/history/undo-whole-merge.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

const json = {
  description: 'a field’s value as JSON, or a whole record’s fields for a creation or deletion',
  nullable: true,
} as const;

const change = {
  type: 'object',
  required: ['id', 'at', 'source', 'entity', 'entityId', 'action'],
  properties: {
    id: { type: 'integer' },
    at: { type: 'string', description: 'when (UTC, ISO 8601)' },
    by: {
      type: 'string',
      nullable: true,
      description: 'the account or role; null when a tool wrote without saying',
    },
    source: { type: 'string', description: 'the file, edit, merge or undo it came from' },
    entity: { type: 'string', enum: ['organization', 'measure', 'link', 'membership'] },
    entityId: {
      type: 'string',
      description: 'organisation id; organisation|year; link id; cluster|organisation',
    },
    organizations: { type: 'array', items: { type: 'string' } },
    action: { type: 'string', enum: ['create', 'update', 'delete'] },
    field: { type: 'string', nullable: true },
    previous: json,
    value: json,
    dataYear: {
      type: 'integer',
      nullable: true,
      description: 'the year the data describe, when known',
    },
    undoes: { type: 'integer', nullable: true },
    undoneBy: { type: 'integer', nullable: true },
    restricted: {
      type: 'boolean',
      description: 'the values were confidential figures withheld from this viewer',
    },
  },
} as const;

/** The history of every change to an organisation, and the undo of one change. */
export function historyRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string }; Querystring: { page: number; pageSize: number } }>(
    '/api/organizations/:id/history',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'Every change to an organisation, its yearly figures, links and memberships, newest first: who, when, source, field, previous and new value (confidential figures withheld as elsewhere)',
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } } },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            page: { type: 'integer', minimum: 1, default: 1 },
            pageSize: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['organization', 'items', 'total', 'page', 'pageSize'],
            properties: {
              organization: { type: 'string' },
              items: { type: 'array', items: change },
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) =>
      organizationHistory(db, req.params.id, req.viewer, req.query.page, req.query.pageSize),
  );

  app.post<{ Params: { id: number } }>(
    '/api/changes/:id/undo',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary:
          'Undo one change (analysts): an organisation’s field, a yearly figure, a link or membership created, changed or deleted, an organisation created while nothing refers to it; the undo is itself recorded. 409 when the record has changed since',
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } },
        response: {
          200: {
            type: 'object',
            required: ['undone', 'organization'],
            properties: { undone: { type: 'integer' }, organization: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      req.auditDetails = { undo: req.params.id };
      return undoChange(db, req.params.id, req.viewer);
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/changes/:id/undo-merge',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary:
          'Undo the whole merge a change belongs to (analysts): the merged organisation is written again, the kept one loses what it took, links, memberships and yearly figures go back; 409 when any of them changed since, nothing written',
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } },
        response: {
          200: {
            type: 'object',
            additionalProperties: false,
            required: ['undone', 'organization'],
            properties: { undone: { type: 'integer' }, organization: { type: 'string' } },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      req.auditDetails = { undoMerge: req.params.id };
      return undoWholeMerge(db, req.params.id, req.viewer);
    },
  );
}
