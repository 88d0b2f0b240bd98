import type { FastifyInstance } from 'fastify';
import { mergeDuplicate } from '../../services/quality/merge-duplicate.ts';
import { OrganizationKind, OrganizationTag } from '../../core/model/organization.ts';
import {
  listOrganizations,
  MAX_PAGE_SIZE,
  type ListOrganizationsInput,
} from '../../services/catalog/listOrganizations.ts';
import {
  editOrganization,
  type OrganizationEdit,
} from '../../services/catalog/editOrganization.ts';
import { getOrganization } from '../../services/catalog/getOrganization.ts';
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
  const nullableNumber = { type: ['number', 'null'] } as const;
  const nullableString = { type: ['string', 'null'] } as const;
  app.get<{ Params: { id: string } }>(
    '/api/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'One organisation: public fields, yearly measures, links (both directions) and clusters. Measures and link values are confidential.',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: {
          200: {
            allOf: [
              { $ref: 'Organization#' },
              {
                type: 'object',
                required: ['measures', 'links', 'clusters'],
                properties: {
                  restricted: {
                    type: 'boolean',
                    description: 'set when confidential figures were withheld from this viewer',
                  },
                  address: nullableString,
                  crs: nullableString,
                  externalIds: { type: 'object', additionalProperties: true },
                  measures: {
                    type: 'array',
                    description: 'confidential: admin, analyst, or the member itself',
                    items: {
                      type: 'object',
                      properties: {
                        year: { type: 'integer' },
                        employees: nullableNumber,
                        revenue: nullableNumber,
                        output: nullableNumber,
                        rdSpend: nullableNumber,
                        patents: nullableNumber,
                      },
                    },
                  },
                  links: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        direction: { type: 'string', enum: ['out', 'in'] },
                        type: { type: 'string' },
                        other: { type: 'string' },
                        otherName: nullableString,
                        otherKind: nullableString,
                        product: nullableString,
                        value: { ...nullableNumber, description: 'confidential' },
                        year: { type: ['integer', 'null'] },
                        synthetic: { type: 'boolean' },
                        verified: { type: 'boolean' },
                        provenance: { type: 'object', additionalProperties: true },
                      },
                    },
                  },
                  clusters: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: { type: 'string' },
                        name: { type: 'string' },
                        nameEn: nullableString,
                        role: nullableString,
                      },
                    },
                  },
                },
              },
            ],
          },
          ...errorResponses,
        },
      },
    },
    async (req) => getOrganization(db, req.params.id),
  );

  const nullableText = (max: number) => ({ type: ['string', 'null'], maxLength: max }) as const;
  app.patch<{ Params: { id: string }; Body: OrganizationEdit }>(
    '/api/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'Edit an organisation by hand (analysts): validated like an import; provenance becomes a manual entry by the editor',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 300 },
            nameEn: nullableText(300),
            uscc: nullableText(18),
            kind: { type: 'string', enum: OrganizationKind.options },
            region: { type: ['string', 'null'], pattern: '^\\d{6}$' },
            address: nullableText(500),
            industries: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
            tags: {
              type: 'array',
              items: { type: 'string', enum: OrganizationTag.options },
              maxItems: 20,
            },
          },
        },
        response: { 200: { type: 'object', additionalProperties: true }, ...errorResponses },
      },
    },
    async (req) => {
      await editOrganization(db, req.params.id, req.body, req.viewer);
      return getOrganization(db, req.params.id);
    },
  );

  app.post<{ Params: { id: string }; Body: { from: string } }>(
    '/api/organizations/:id/merge',
    {
      schema: {
        tags: ['organizations'],
        summary:
          'Merge a duplicate (from) into this organisation (analysts): its links, memberships, measures, placements and matchmaking rows move here, missing fields are filled, it is deleted',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        body: {
          type: 'object',
          required: ['from'],
          additionalProperties: false,
          properties: { from: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: { 200: { type: 'object', additionalProperties: true }, ...errorResponses },
      },
    },
    async (req) => {
      // The path names the record kept; the audit log also says which one was merged away.
      req.auditDetails = { from: req.body.from };
      return mergeDuplicate(db, req.params.id, req.body.from, req.viewer.user ?? req.viewer.role);
    },
  );
}
