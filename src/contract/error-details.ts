/**
 * The details of an error answer (src/contract/api-error.ts), by name, to a
 * bounded depth: the serialiser (fast-json-stringify) cannot build a
 * recursive JSON value, and an open object would let anything through. The
 * depth is what the error sites put there: scalars and lists of them (a
 * missing column, the allowed next states), a flat record (what was asked),
 * a list of records (an import's row issues: file, row, column, value,
 * reason, code; the validation issues, each with its flat `params`). The
 * error handler (api/errors.ts) sends anything deeper as its JSON text, as
 * the audit log does.
 */
import { z } from 'zod';

/** A value with no parts. */
export const DetailScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type DetailScalar = z.infer<typeof DetailScalar>;

/** A flat record: scalars and lists of scalars by name (a validation issue's params). */
export const DetailFlat = z.record(z.string(), z.union([DetailScalar, z.array(DetailScalar)]));
export type DetailFlat = z.infer<typeof DetailFlat>;

/** A record one level deeper: a row issue, a validation issue (its params flat). */
export const DetailEntry = z.record(
  z.string(),
  z.union([DetailScalar, z.array(DetailScalar), DetailFlat]),
);
export type DetailEntry = z.infer<typeof DetailEntry>;

/** One detail: a scalar, a list of scalars or entries, or an entry. */
export const DetailValue = z.union([
  DetailScalar,
  z.array(z.union([DetailScalar, DetailEntry])),
  DetailEntry,
]);
export type DetailValue = z.infer<typeof DetailValue>;

/** The details of an error, by name. */
export const ErrorDetails = z.record(z.string(), DetailValue);
export type ErrorDetails = z.infer<typeof ErrorDetails>;
