/**
 * How much of what an answer sums or judges is synthetic: every answer that
 * sums or judges data carries it beside its figures, so that a generated population is never
 * read as the real economy.
 */
import { z } from 'zod';

const whole = z.number().int();

export const SyntheticMark = z.strictObject({
  /** Organisations the answer sums or judges. */
  organizations: whole.describe('organisations the answer sums or judges'),
  syntheticOrganizations: whole,
  /** Links it sums or judges. */
  links: whole.describe('links it sums or judges'),
  syntheticLinks: whole,
  /** syntheticOrganizations / organizations (0 when there are none). */
  syntheticShare: z.number().describe('syntheticOrganizations / organizations (0 when none)'),
  /** syntheticLinks / links (0 when there are none). */
  syntheticLinkShare: z.number().describe('syntheticLinks / links (0 when none)'),
});
export type SyntheticMark = z.infer<typeof SyntheticMark>;
