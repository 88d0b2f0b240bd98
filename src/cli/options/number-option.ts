import { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import { fieldBounds } from './field-bounds.ts';

/**
 * The CLI's one number parser. An option with a contract (src/contract) is
 * checked by the contract's own zod field (`numberOption.contract`), so the
 * CLI and the API accept the same numbers; an option without one by a plain
 * field built here (`whole`, `positive`, `range`, …). Either way the text
 * must be written as a decimal number (a whole number as digits only, so
 * "1e3" and "0x10" are refused), and a refusal is ATLAS_E_USAGE naming the
 * option, the value and what it takes. A plain variant not given is
 * undefined; a contract field not given is its default.
 */

const WHOLE = /^\s*[-+]?\d+\s*$/;
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** "a whole number from 1 to 200": what a field takes, for a refusal. */
function takes(field: z.ZodType): string {
  const b = fieldBounds(field);
  if (b.values) return `one of ${b.values.join(', ')}`;
  const what = b.integer ? 'a whole number' : 'a number';
  if (b.min !== undefined && b.max !== undefined) return `${what} from ${b.min} to ${b.max}`;
  const bounds = [
    b.min === undefined ? '' : `of at least ${b.min}`,
    b.above === undefined ? '' : `above ${b.above}`,
    b.max === undefined ? '' : `of at most ${b.max}`,
  ].filter(Boolean);
  return [what, bounds.join(' and ')].filter(Boolean).join(' ');
}

/** What was given: an option (`--top`) or a positional argument (`<change>`). */
type Given = { option: string } | { argument: string };

function refuse(given: Given, field: z.ZodType, text: string | undefined): never {
  const name = 'option' in given ? given.option : given.argument;
  throw new AtlasError(
    'ATLAS_E_USAGE',
    `${name} takes ${takes(field)}, not ${text === undefined ? 'nothing' : `"${text}"`}`,
    { ...given, value: text },
  );
}

function check<F extends z.ZodType>(given: Given, field: F, text: string | undefined): z.output<F> {
  if (text === undefined) {
    const d = field.safeParse(undefined);
    if (d.success) return d.data;
    refuse(given, field, text);
  }
  const pattern = fieldBounds(field).integer ? WHOLE : DECIMAL;
  const r = pattern.test(text) ? field.safeParse(Number(text)) : undefined;
  if (r?.success) return r.data;
  return refuse(given, field, text);
}

/** A number option checked by a zod field; `flag` without its dashes. */
function contract<F extends z.ZodType>(
  flag: string,
  field: F,
  text: string | undefined,
): z.output<F> {
  return check({ option: `--${flag}` }, field, text);
}

/** A positional argument checked by a zod field; `name` as the help writes it, without <>. */
function argument<F extends z.ZodType>(name: string, field: F, text: string): z.output<F> {
  return check({ argument: `<${name}>` }, field, text);
}

/** A plain variant: given text, a number; not given, undefined. */
interface Plain {
  (flag: string, text: string): number;
  (flag: string, text: string | undefined): number | undefined;
}

const plain = (field: z.ZodNumber): Plain =>
  ((flag: string, text: string | undefined) => contract(flag, field.optional(), text)) as Plain;

interface Ranged {
  (flag: string, text: string, min: number, max: number): number;
  (flag: string, text: string | undefined, min: number, max: number): number | undefined;
}

const ranged = (integer: boolean): Ranged =>
  ((flag: string, text: string | undefined, min: number, max: number) => {
    const field = (integer ? z.number().int() : z.number()).min(min).max(max);
    return contract(flag, field.optional(), text);
  }) as Ranged;

export const numberOption = {
  /** Checked by the option's contract field (range, whole, default). */
  contract,
  /** A positional argument checked by its contract field. */
  argument,
  /** A whole number in [min, max]. */
  whole: ranged(true),
  /** A number in [min, max] (a share: 0, 1). */
  range: ranged(false),
  /** A number above 0. */
  positive: plain(z.number().positive()),
  /** A whole number above 0. */
  positiveWhole: plain(z.number().int().positive()),
  /** A number of at least 0. */
  nonNegative: plain(z.number().min(0)),
  /** A whole number of at least 0. */
  nonNegativeWhole: plain(z.number().int().min(0)),
};
