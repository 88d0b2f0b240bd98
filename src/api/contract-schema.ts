import { z } from 'zod';

/**
 * A contract's zod schema as the JSON Schema Fastify validates a request
 * with (`input`: defaults shown, fields the caller may leave out optional) or
 * serialises an answer through (`output`: every object closed, so a field the
 * contract does not name never leaves the server). @fastify/swagger puts the
 * same schema in /api/openapi.json: validation, documentation and the
 * TypeScript type (z.infer) are one declaration in src/contract.
 */
export function wire(
  schema: z.ZodType,
  io: 'input' | 'output' = 'output',
): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'draft-7',
    unrepresentable: 'throw',
  });
  return json;
}
