import { z } from 'zod';

/** What a number field accepts, read from its JSON Schema (the contract's own words). */
export interface FieldBounds {
  integer: boolean;
  /** An exclusive lower bound. */
  above?: number;
  min?: number;
  max?: number;
  dflt?: unknown;
  /** The only values allowed, when the field lists them. */
  values?: readonly unknown[];
}

/** A field's bounds; a bound beyond the safe integers (zod's default for int) is no bound. */
export function fieldBounds(field: z.ZodType): FieldBounds {
  const j = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as {
    type?: string;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    default?: unknown;
    enum?: unknown[];
    const?: unknown;
  };
  const safe = (n: number | undefined) =>
    n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n;
  return {
    integer: j.type === 'integer',
    above: safe(j.exclusiveMinimum),
    min: safe(j.minimum),
    max: safe(j.maximum),
    dflt: j.default,
    values: j.enum ?? (j.const === undefined ? undefined : [j.const]),
  };
}
