import type { FastifyInstance } from 'fastify';
import { organizationHistory } from '../../services/history/organization-history.ts';
import { undoChange } from '../../services/history/undo-change.ts';
import { undoImport } from '../../services/history/undo-import.ts';
import { undoWholeMerge } from '../../services/history/undo-whole-merge.ts';
import type { Duck } from '../../store/duck.ts';
import {
  ChangeParams,
  ImportParams,
  OrganizationHistory,
  UndoAnswer,
  UndoImportAnswer,
} from '../../contract/history.ts';
import { wire } from '../contract-schema.ts';
import { wireValue } from '../wire-value.ts';
import { errorResponses } from '../schemas.ts';

/** The history of every change to an organisation, the undo of one change, and of a whole import. */
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
        response: { 200: wire(OrganizationHistory), ...errorResponses },
      },
    },
    async (req): Promise<OrganizationHistory> => {
      const h = await organizationHistory(
        db,
        req.params.id,
        req.viewer,
        req.query.page,
        req.query.pageSize,
      );
      // The store holds any JSON; the answer carries it to the contract's depth.
      const items = h.items.map((c) => ({
        ...c,
        previous: wireValue(c.previous),
        value: wireValue(c.value),
      }));
      return { ...h, items };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/changes/:id/undo',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary:
          'Undo one change (analysts): an organisation’s field, a yearly figure, a link or membership created, changed or deleted, an organisation created while nothing refers to it; the undo is itself recorded. 409 when the record has changed since',
        params: wire(ChangeParams, 'input'),
        response: { 200: wire(UndoAnswer), ...errorResponses },
      },
    },
    async (req): Promise<UndoAnswer> => {
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
        params: wire(ChangeParams, 'input'),
        response: { 200: wire(UndoAnswer), ...errorResponses },
      },
    },
    async (req): Promise<UndoAnswer> => {
      req.auditDetails = { undoMerge: req.params.id };
      return undoWholeMerge(db, req.params.id, req.viewer);
    },
  );
  importUndoRoutes(app, db);
}

const UNDO_IMPORT =
  'an import of organisations or links (whichever path its rows took): the organisations, yearly figures and links it created deleted, its other changes set back; 409 (details.reason: undone, changed, referred) when it was undone already, a record it created changed since or its organisations are referred to; 422 for a kind that keeps no history';

/** What undoing a whole import would remove (nothing written), and the undo itself. */
function importUndoRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: ImportParams }>(
    '/api/imports/:id/undo',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary: `What undoing a whole import would remove, nothing written (analysts): ${UNDO_IMPORT}`,
        params: wire(ImportParams, 'input'),
        response: { 200: wire(UndoImportAnswer), ...errorResponses },
      },
    },
    async (req): Promise<UndoImportAnswer> =>
      undoImport(db, req.params.id, req.viewer, { preview: true }),
  );

  app.post<{ Params: ImportParams }>(
    '/api/imports/:id/undo',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['organizations'],
        summary: `Undo a whole import (analysts), recorded and in the audit log: ${UNDO_IMPORT}`,
        params: wire(ImportParams, 'input'),
        response: { 200: wire(UndoImportAnswer), ...errorResponses },
      },
    },
    async (req): Promise<UndoImportAnswer> => {
      req.auditDetails = { undoImport: req.params.id };
      const r = await undoImport(db, req.params.id, req.viewer);
      req.auditDetails = { ...req.auditDetails, ...r };
      return r;
    },
  );
}
