import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readIndustries, type IndustryRow } from '../../store/queries/industries.ts';

export interface ListIndustriesInput {
  level?: number;
  parent?: string;
}

/** GB/T 4754-2017 industries of a level (1 section … 4 class) and/or under a parent. */
export function listIndustries(db: Duck, input: ListIndustriesInput = {}): Promise<IndustryRow[]> {
  const { level, parent } = input;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 4)) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'level must be 1, 2, 3 or 4', {
      field: 'level',
      value: level,
    });
  }
  return readIndustries(db, { level, parent: parent?.toUpperCase() });
}
