/**
 * A figure built from firms' confidential measures, as an answer carries it:
 * a number, or null where the disclosure rule withholds it from this viewer
 * (core/access/disclosure.ts). Its schema carries the marker the redaction
 * of every answer looks for (`x-confidential`), so a field declared with it
 * is withheld from a viewer unless the service that computed it declared its
 * contributions and the rule lets it through.
 */
import { z } from 'zod';
import { CONFIDENTIAL_KEY, DOMINANCE, MIN_CONTRIBUTORS } from '../core/access/disclosure.ts';

const rule = `confidential aggregate: null where the disclosure rule withholds it (fewer than ${MIN_CONTRIBUTORS} contributors, one over ${DOMINANCE * 100}%, or recoverable by subtraction)`;

/**
 * `base` (a number, by default; a string for a sentence that quotes such a
 * figure) as a confidential aggregate: nullable and marked.
 */
export function confidentialAggregate<T extends z.ZodNumber | z.ZodString = z.ZodNumber>(
  base: T = z.number() as T,
  description?: string,
): z.ZodNullable<T> {
  return z.nullable(base).meta({
    [CONFIDENTIAL_KEY]: 'aggregate',
    description: description ? `${description}; ${rule}` : rule,
  });
}
