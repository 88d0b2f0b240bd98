import { ApiError } from '../contract/api-error.ts';
import { OpenApiDocument } from '../contract/openapi.ts';
import { wire } from './contract-schema.ts';

/**
 * JSON schemas shared by the routes. Fastify validates requests with them and
 * serialises responses through them (a property missing from a response
 * schema is dropped), and @fastify/swagger turns them into the OpenAPI
 * document. Registered once with `$id`; routes refer to them as `{$ref: 'Id#'}`.
 */

/** Every error answer (src/contract/api-error.ts), registered once and referred to as `Error#`. */
export const ErrorSchema = { $id: 'Error', ...wire(ApiError) };

/**
 * The OpenAPI document (src/contract/openapi.ts), registered once so that the
 * JSON value its JSON Schemas hold, a recursive definition, is hoisted into
 * the document's components where its references point.
 */
export const OpenApiDocumentSchema = { $id: 'OpenApiDocument', ...wire(OpenApiDocument) };

export const sharedSchemas = [ErrorSchema, OpenApiDocumentSchema];

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: { $ref: 'Error#' },
  404: { $ref: 'Error#' },
  500: { $ref: 'Error#' },
} as const;

/** The path parameters of a route about one record: its id. */
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** The query of a paginated list: page (1-based) and pageSize. */
export const pageQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    page: { type: 'integer', minimum: 1, maximum: 1_000_000_000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  },
} as const;

/** The answer of a paginated list of `item`. */
export function pageOf(item: object) {
  return {
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  } as const;
}
