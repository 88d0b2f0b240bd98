import type { z } from 'zod';
import type { RegionListQuery, RegionView } from '../../contract/regions.ts';
import type { Duck } from '../../store/duck.ts';
import { readRegions } from '../../store/queries/regions.ts';

/** GB/T 2260 regions of a level and/or under a parent (the query as the contract checked it). */
export function listRegions(
  db: Duck,
  input: z.output<typeof RegionListQuery> = {},
): Promise<RegionView[]> {
  return readRegions(db, { level: input.level, parent: input.parent });
}
