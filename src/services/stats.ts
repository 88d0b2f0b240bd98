import { counts, type Counts } from '../store/counts.ts';
import type { Duck } from '../store/duck.ts';

export type Stats = Counts & {
  /** synthetic_organizations / organizations (0 for an empty atlas): what the web's banner says. */
  syntheticShare: number;
};

/** The counts of every entity in the atlas, synthetic ones counted apart, and their share. */
export async function stats(db: Duck): Promise<Stats> {
  const c = await counts(db);
  return {
    ...c,
    syntheticShare: c.organizations > 0 ? c.synthetic_organizations / c.organizations : 0,
  };
}
