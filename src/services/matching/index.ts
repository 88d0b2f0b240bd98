/** Matchmaking and the services of a promotion organisation (docs/architecture.md). */
export { postDemand } from './post-demand.ts';
export { postCapability } from './post-capability.ts';
export { deriveCapabilities, ensureCapabilities } from './derive-capabilities.ts';
export { derivePlatforms, ensurePlatforms, platformCategoryOf } from './derive-platforms.ts';
export {
  matchDemand,
  type DemandRef,
  type DemandMatches,
  type SupplierMatch,
} from './match-demand.ts';
export { matchCapability, demandVisibleTo, type DemandMatch } from './match-capability.ts';
export {
  qualifySupplier,
  setConsent,
  shareSupplier,
  poolVisibleTo,
  listPoolFor,
  buyersSeeingSupplier,
  type PoolKey,
} from './shared-pool.ts';
export { proposeMatches, recordOutcome, canMove, MATCH_TRANSITIONS } from './outcomes.ts';
export { matchDashboard, periodOf, type Dashboard, type Period } from './dashboard.ts';
export {
  addPlatform,
  addPlatformService,
  requestService,
  answerServiceRequest,
} from './platforms.ts';
export { sizeClassOf } from './size-class.ts';
export * from './schemas.ts';
export { importMatchingFile, type MatchingFileKind } from './import-matching-file.ts';
