/**
 * The atlas's counts (GET /api/stats, `atlas stats`): the number of records
 * of every entity, synthetic organisations and links counted apart, and the
 * synthetic share every page's banner states (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';

const count = z.number().int().min(0);

export const Stats = z.strictObject({
  regions: count,
  industries: count,
  organizations: count,
  measures: count,
  links: count,
  clusters: count,
  cluster_members: count,
  indicators: count,
  imports: count,
  synthetic_organizations: count,
  synthetic_links: count,
  syntheticShare: z
    .number()
    .min(0)
    .max(1)
    .describe(
      'synthetic_organizations / organizations (0 for an empty atlas): the share of generated organisations, shown in a banner on every page',
    ),
});
export type Stats = z.infer<typeof Stats>;
