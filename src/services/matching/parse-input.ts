import type { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';

/** Parses input with a schema; a failure is ATLAS_E_BAD_VALUE listing each issue. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new AtlasError('ATLAS_E_BAD_VALUE', `invalid ${what}: ${issues.join('; ')}`, { issues });
}
