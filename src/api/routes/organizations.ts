import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  MergeAnswer,
  MergeInput,
  OrganizationDetail,
  OrganizationEdit,
  OrganizationIdParams,
  OrganizationListQuery,
  OrganizationPage,
} from '../../contract/organizations.ts';
import { editOrganization } from '../../services/catalog/edit-organization.ts';
import { getOrganization } from '../../services/catalog/get-organization.ts';
import { listOrganizations } from '../../services/catalog/list-organizations.ts';
import { mergeDuplicate } from '../../services/quality/merge-duplicate.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['organizations'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });
const input = (schema: z.ZodType) => wire(schema, 'input');
type In<S extends z.ZodType> = z.output<S>;
type ById = { Params: In<typeof OrganizationIdParams> };

/**
 * Organisations: the list, one record, a hand edit, a merge of duplicates;
 * every shape is src/contract/organizations.ts.
 */
export function organizationRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof OrganizationListQuery> }>(
    '/api/organizations',
    {
      schema: {
        tags,
        summary: 'Organisations matching every given filter, one page at a time',
        querystring: input(OrganizationListQuery),
        response: ok(OrganizationPage),
      },
    },
    async (req) => listOrganizations(db, req.query),
  );
  app.get<ById>(
    '/api/organizations/:id',
    {
      schema: {
        tags,
        summary:
          'One organisation: public fields, yearly measures, links (both directions) and clusters. Measures and link values are confidential.',
        params: input(OrganizationIdParams),
        response: ok(OrganizationDetail),
      },
    },
    async (req) => getOrganization(db, req.params.id),
  );
  app.patch<ById & { Body: In<typeof OrganizationEdit> }>(
    '/api/organizations/:id',
    {
      schema: {
        tags,
        summary:
          'Edit an organisation by hand (analysts): validated like an import; provenance becomes a manual entry by the editor',
        params: input(OrganizationIdParams),
        body: input(OrganizationEdit),
        response: ok(OrganizationDetail),
      },
    },
    async (req) => {
      await editOrganization(db, req.params.id, req.body, req.viewer);
      return getOrganization(db, req.params.id);
    },
  );
  app.post<ById & { Body: In<typeof MergeInput> }>(
    '/api/organizations/:id/merge',
    {
      schema: {
        tags,
        summary:
          'Merge a duplicate (from) into this organisation (analysts): its links, memberships, measures, placements and matchmaking rows move here, missing fields are filled, it is deleted',
        params: input(OrganizationIdParams),
        body: input(MergeInput),
        response: ok(MergeAnswer),
      },
    },
    async (req) => {
      // The path names the record kept; the audit log also says which one was merged away.
      req.auditDetails = { from: req.body.from };
      return mergeDuplicate(db, req.params.id, req.body.from, req.viewer.user ?? req.viewer.role);
    },
  );
}
