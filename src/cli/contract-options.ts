import { z } from 'zod';
import { AtlasError } from '../core/errors.ts';
import { fieldBounds } from './options/field-bounds.ts';

/**
 * Command options built from a use case's contract (src/contract): the help
 * says the contract's range and default, and a value is checked by the
 * contract's own schema, so the CLI and the API accept the same numbers and
 * words. Numbers are parsed by `numberOption.contract` (options/number-option.ts).
 */

/** "(1-200, default 10)": what the contract accepts, for an option's help. */
export function rangeHelp(field: z.ZodType): string {
  const b = fieldBounds(field);
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
  const d = fieldBounds(field).dflt;
  return values.join(' | ') + (d === undefined ? '' : ` (default ${String(d)})`);
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
