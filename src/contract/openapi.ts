/**
 * The OpenAPI document on the wire (GET /api/openapi.json), closed at every
 * level @fastify/swagger writes: the document, its info, tags, paths, each
 * path's operations by method, their parameters, request bodies and
 * responses. What is inside a `schema` is a JSON Schema (OpenAPI 3.0's
 * Schema Object), given as a record of its keywords to JSON values: a
 * schema's keywords are JSON Schema's, not the atlas's
 * (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';

/** A JSON Schema (OpenAPI 3.0 Schema Object): its keywords and their JSON values. */
export const JsonSchemaObject = z
  .record(z.string(), z.json())
  .describe('a JSON Schema (OpenAPI 3.0 Schema Object): keyword → JSON value');

const MediaType = z.strictObject({ schema: JsonSchemaObject });
/** Answers and bodies by media type (application/json, text/csv, …). */
const Content = z.record(z.string(), MediaType);

const Parameter = z.strictObject({
  name: z.string(),
  in: z.enum(['query', 'path', 'header', 'cookie']),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: JsonSchemaObject,
});

const Operation = z.strictObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  parameters: z.array(Parameter).optional(),
  requestBody: z.strictObject({ required: z.boolean().optional(), content: Content }).optional(),
  /** By HTTP status ('200', '400', …). */
  responses: z.record(
    z.string(),
    z.strictObject({ description: z.string(), content: Content.optional() }),
  ),
});

/** A path's operations by HTTP method. */
const PathItem = z.strictObject({
  get: Operation.optional(),
  put: Operation.optional(),
  post: Operation.optional(),
  delete: Operation.optional(),
  patch: Operation.optional(),
});

export const OpenApiDocument = z.strictObject({
  openapi: z.string().describe('the OpenAPI version, 3.0.x'),
  info: z.strictObject({ title: z.string(), description: z.string(), version: z.string() }),
  tags: z.array(z.strictObject({ name: z.string(), description: z.string().optional() })),
  /** By path, in OpenAPI's form: /api/clusters/{id}. */
  paths: z.record(z.string(), PathItem),
  /** The schemas routes share by reference (the error answer). */
  components: z.strictObject({ schemas: z.record(z.string(), JsonSchemaObject) }),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;
