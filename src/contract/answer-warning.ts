/**
 * A warning an answer carries beside its figures (a code of the catalogue,
 * docs/errors.md, a message and what it is about). Its details are plain
 * values, so the object stays closed on the wire.
 */
import { z } from 'zod';

const detail = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);

/** Details of plain values (a nested object travels as its JSON text), so an object stays closed. */
export const PlainDetails = z.record(z.string(), detail);
export type PlainDetails = z.infer<typeof PlainDetails>;

export const AnswerWarning = z.strictObject({
  code: z.string(),
  message: z.string(),
  details: PlainDetails.optional(),
});
export type AnswerWarning = z.infer<typeof AnswerWarning>;
