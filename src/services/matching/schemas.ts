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

export { PlatformCategory } from '../../contract/service-platforms.ts';

/** Parses input, turning zod issues into ATLAS_E_BAD_VALUE. */
export { parseInput } from './parse-input.ts';
