import { initial } from './001-initial.ts';
import { chains } from './002-chains.ts';
import { matching } from './003-matching.ts';
import { access } from './004-access.ts';
import { microClusters } from './005-micro-clusters.ts';
import { distinctPairs } from './006-distinct-pairs.ts';
import { reviewedPairs } from './007-reviewed-pairs.ts';
import { memberProvenance } from './008-member-provenance.ts';
import { regionStatistics } from './009-region-statistics.ts';
import { changeHistory } from './010-change-history.ts';
import { signInThrottle } from './011-sign-in-throttle.ts';
import { peerSets } from './012-peer-sets.ts';
import { bulkKeys } from './013-bulk-keys.ts';
import { jointWorkPlan } from './014-joint-work-plan.ts';
import { figureProvenance } from './015-figure-provenance.ts';
import { capacityRuns } from './016-capacity-runs.ts';
import { importHistory } from './017-import-history.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. Append; never reorder or edit. */
export const migrations: readonly Migration[] = [
  initial,
  chains,
  matching,
  access,
  microClusters,
  distinctPairs,
  reviewedPairs,
  memberProvenance,
  regionStatistics,
  changeHistory,
  signInThrottle,
  peerSets,
  bulkKeys,
  jointWorkPlan,
  figureProvenance,
  capacityRuns,
  importHistory,
];
