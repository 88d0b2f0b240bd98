import { counts, type Counts } from '../store/counts.ts';
import type { Duck } from '../store/duck.ts';

/** The counts of every entity in the atlas, synthetic ones counted apart. */
export function stats(db: Duck): Promise<Counts> {
  return counts(db);
}
