import { AtlasError } from '../../core/errors.ts';
import { RegionLevel } from '../../core/model/region.ts';
import type { Duck } from '../../store/duck.ts';
import { queryRegions, type RegionRow } from '../../store/queries/regions.ts';

export interface ListRegionsInput {
  level?: string;
  parent?: string;
}

/** GB/T 2260 regions of a level and/or under a parent. */
export function listRegions(db: Duck, input: ListRegionsInput = {}): Promise<RegionRow[]> {
  const level = input.level === undefined ? undefined : RegionLevel.safeParse(input.level);
  if (level && !level.success) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `level must be one of ${RegionLevel.options.join(', ')}`,
      {
        field: 'level',
        value: input.level,
      },
    );
  }
  if (input.parent !== undefined && !/^\d{6}$/.test(input.parent)) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'parent must be a 6-digit GB/T 2260 code', {
      field: 'parent',
      value: input.parent,
    });
  }
  return queryRegions(db, { level: level?.data, parent: input.parent });
}
