import type { FastifyInstance } from 'fastify';
import { OrganizationKind, OrganizationTag } from '../../core/model/organization.ts';
import {
  listOrganizations,
  MAX_PAGE_SIZE,
  type ListOrganizationsInput,
} from '../../services/catalog/listOrganizations.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

export function organizationRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: ListOrganizationsInput }>(
    '/api/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Organisations matching every given filter, one page at a time',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            region: {
              type: 'string',
              pattern: '^\\d{6}$',
              description: 'region code of any level (province, prefecture, county)',
            },
            industry: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              description: 'GB/T 4754 code (prefix match), industry name, or label',
            },
            kind: { type: 'string', enum: OrganizationKind.options },
            tag: { type: 'string', enum: OrganizationTag.options },
            q: { type: 'string', maxLength: 100, description: 'substring of the name' },
            cluster: { type: 'string', maxLength: 200, description: 'members of this cluster' },
            page: { type: 'integer', minimum: 1, default: 1 },
            pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['items', 'total', 'page', 'pageSize'],
            properties: {
              items: { type: 'array', items: { $ref: 'Organization#' } },
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => listOrganizations(db, req.query),
  );
}
