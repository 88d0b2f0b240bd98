import type { Stats } from '../contract/stats.ts';
import { counts } from '../store/counts.ts';
import type { Duck } from '../store/duck.ts';

export type { Stats };

/** The counts of every entity in the atlas, synthetic ones counted apart, and their share. */
export async function stats(db: Duck): Promise<Stats> {
  const c = await counts(db);
  return {
    ...c,
    syntheticShare: c.organizations > 0 ? c.synthetic_organizations / c.organizations : 0,
  };
}
