import { z } from 'zod';

export {
  DemandKind,
  Visibility,
  SizeWanted,
  DemandInput,
  CapabilityKind,
  CapabilityInput,
  MatchStatus,
  PoolConsent,
} from '../../contract/matching.ts';

/** Public service platform categories. */
export const PlatformCategory = z.enum([
  'testing',
  'pilot',
  'design',
  'standards',
  'training',
  'finance',
  'other',
]);
export type PlatformCategory = z.infer<typeof PlatformCategory>;

/** Parses input, turning zod issues into ATLAS_E_BAD_VALUE. */
export { parseInput } from './parse-input.ts';
