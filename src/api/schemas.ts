/**
 * JSON schemas shared by the routes. Fastify validates requests with them and
 * serialises responses through them (a property missing from a response
 * schema is dropped), and @fastify/swagger turns them into the OpenAPI
 * document. Registered once with `$id`; routes refer to them as `{$ref: 'Id#'}`.
 */

export const ErrorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'Every error: a stable code (see docs/errors.md), a message, details.',
  required: ['code', 'message', 'details'],
  properties: {
    code: { type: 'string', example: 'ATLAS_E_BAD_REQUEST' },
    message: { type: 'string' },
    hint: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
} as const;

export const sharedSchemas = [ErrorSchema];

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
