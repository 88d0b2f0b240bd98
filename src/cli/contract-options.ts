import { z } from 'zod';
import { AtlasError } from '../core/errors.ts';

/**
 * Command options built from a use case's contract (src/contract): the help
 * says the contract's range and default, and a value is checked by the
 * contract's own schema, so the CLI and the API accept the same numbers and
 * words. `contractNumber` is the one number parser of a migrated command.
 */

interface Bounds {
  integer: boolean;
  /** An exclusive lower bound. */
  above?: number;
  min?: number;
  max?: number;
  dflt?: unknown;
}

function boundsOf(field: z.ZodType): Bounds {
  const j = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as {
    type?: string;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    default?: unknown;
  };
  const safe = (n: number | undefined) =>
    n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n;
  return {
    integer: j.type === 'integer',
    above: safe(j.exclusiveMinimum),
    min: safe(j.minimum),
    max: safe(j.maximum),
    dflt: j.default,
  };
}

/** "(1-200, default 10)": what the contract accepts, for an option's help. */
export function rangeHelp(field: z.ZodType): string {
  const b = boundsOf(field);
  const range =
    b.min !== undefined && b.max !== undefined
      ? `${b.min}-${b.max}`
      : b.min !== undefined
        ? `≥ ${b.min}`
        : b.above !== undefined
          ? `> ${b.above}`
          : b.max !== undefined
            ? `≤ ${b.max}`
            : '';
  const dflt = b.dflt === undefined ? '' : `default ${String(b.dflt)}`;
  const said = [range, dflt].filter(Boolean).join(', ');
  return said ? `(${said})` : '';
}

/** "a | b | c (default b)": an enum's words, for an option's help. */
export function choiceHelp(field: z.ZodType, values: readonly string[]): string {
  const d = boundsOf(field).dflt;
  return values.join(' | ') + (d === undefined ? '' : ` (default ${String(d)})`);
}

/**
 * A number option checked by its contract field: the text must be a number,
 * and the number what the field accepts (whole, within its range), else
 * ATLAS_E_USAGE naming the option, the value and the range. Not given: the
 * field's default (or undefined).
 */
export function contractNumber<F extends z.ZodType>(
  flag: string,
  field: F,
  text: string | undefined,
): z.output<F> {
  if (text === undefined) return field.parse(undefined);
  const n = Number(text);
  const r = text.trim() === '' ? undefined : field.safeParse(n);
  if (r?.success) return r.data;
  const b = boundsOf(field);
  const what = b.integer ? 'a whole number' : 'a number';
  const range =
    b.min !== undefined && b.max !== undefined
      ? ` from ${b.min} to ${b.max}`
      : b.min !== undefined
        ? ` of at least ${b.min}`
        : b.above !== undefined
          ? ` above ${b.above}`
          : '';
  throw new AtlasError('ATLAS_E_USAGE', `--${flag} takes ${what}${range}, not ${text}`, {
    option: `--${flag}`,
    value: text,
  });
}

/**
 * A text option checked by its contract field (a pattern, a list of words),
 * else ATLAS_E_USAGE with the contract's reason. Not given: the field's
 * default (or undefined).
 */
export function contractValue<F extends z.ZodType>(
  flag: string,
  field: F,
  text: string | undefined,
): z.output<F> {
  const r = field.safeParse(text);
  if (r.success) return r.data;
  throw new AtlasError(
    'ATLAS_E_USAGE',
    `--${flag}: ${r.error.issues.map((i) => i.message).join('; ')}, not ${text}`,
    { option: `--${flag}`, value: text },
  );
}
