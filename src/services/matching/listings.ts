/**
 * The list, count and page reads of matchmaking, in one place for the API and
 * the CLI: demands, capabilities, recorded matches, the shared pool, the
 * service platforms and their requests, each
 * as the contract's page (src/contract/matching.ts) or, for the CLI without
 * --page, every row. A viewer (from the API) narrows what is seen by the
 * rules of demand-visibility.ts and match-parties.ts; no viewer (the local
 * CLI, which opens the database file itself) sees every row.
 */
import { atLeast, type Viewer } from '../../core/access/viewer.ts';
import type {
  Capability,
  CapabilityListQuery,
  Demand,
  DemandListQuery,
  MatchListQuery,
  PoolEntry,
  PoolListQuery,
  RecordedMatch,
} from '../../contract/matching.ts';
import type { Page } from '../../contract/paging.ts';
import type {
  PlatformListQuery,
  PlatformWithServices,
  RequestListQuery,
  ServiceRequestView,
} from '../../contract/service-platforms.ts';
import type { Duck } from '../../store/duck.ts';
import {
  countCapabilities,
  countDemands,
  countMatches,
  countPlatforms,
  countServiceRequests,
  readDemand,
  readCapabilities,
  readDemands,
  readMatches,
  readPlatformServices,
  readPlatforms,
  readServiceRequestViews,
  type CapabilityFilter,
  type DemandFilter,
  type MatchFilter,
} from '../../store/matching.ts';
import { onePage, pageOfList } from '../paging.ts';
import { demandFilterFor } from './demand-visibility.ts';
import { listPoolFor } from './shared-pool.ts';

/** Rows of a list: every one, or `limit` after `offset`. */
export interface Slice {
  limit?: number;
  offset?: number;
}

const filters = <Q extends { page?: number; pageSize?: number }>(q: Q) => {
  const { page: _p, pageSize: _s, ...f } = q;
  return f;
};

/** Demands, newest first (stored rows, the CLI's listing). */
export async function demandRows(db: Duck, f: DemandFilter & Slice = {}): Promise<Demand[]> {
  return (await readDemands(db, f)) as Demand[];
}
export const demandCount = (db: Duck, f: DemandFilter = {}) => countDemands(db, f);

/** One page of the demands a viewer may see; who may see a demand is decided before paging. */
export async function demandPage(
  db: Duck,
  q: DemandListQuery,
  viewer?: Viewer,
): Promise<Page<Demand>> {
  const f = filters(q);
  if (!viewer || atLeast(viewer, 'analyst'))
    return onePage(
      q,
      (limit, offset) => demandRows(db, { ...f, limit, offset }),
      () => countDemands(db, f),
    );
  const maySee = await demandFilterFor(db, viewer);
  return pageOfList(q, (await demandRows(db, f)).filter(maySee));
}

/** Capabilities, posted and derived, by id. */
export async function capabilityRows(
  db: Duck,
  f: CapabilityFilter & Slice = {},
): Promise<Capability[]> {
  return (await readCapabilities(db, f)) as Capability[];
}
export const capabilityCount = (db: Duck, f: CapabilityFilter = {}) => countCapabilities(db, f);

export async function capabilityPage(db: Duck, q: CapabilityListQuery): Promise<Page<Capability>> {
  const f = { organization: q.organization };
  return onePage(
    q,
    (limit, offset) => capabilityRows(db, { ...f, limit, offset }),
    () => countCapabilities(db, f),
  );
}

/** Recorded matches with the parties' names, newest first. */
export async function matchRows(db: Duck, f: MatchFilter & Slice = {}): Promise<RecordedMatch[]> {
  return (await readMatches(db, f)) as RecordedMatch[];
}
export const matchCount = (db: Duck, f: MatchFilter = {}) => countMatches(db, f);

/** One page of recorded matches; a member account sees those it is a party to only. */
export async function matchPage(
  db: Duck,
  q: MatchListQuery,
  viewer?: Viewer,
): Promise<Page<RecordedMatch>> {
  const f = {
    ...filters(q),
    party: viewer?.role === 'member' ? viewer.organization : undefined,
  };
  return onePage(
    q,
    (limit, offset) => matchRows(db, { ...f, limit, offset }),
    () => countMatches(db, f),
  );
}

/** The shared supplier pool as one leader sees it (own entries, peers' shared ones). */
export async function poolRows(db: Duck, leader: string): Promise<PoolEntry[]> {
  return (await listPoolFor(db, leader)) as PoolEntry[];
}

/** One page of the pool as a leader sees it; what it may see is decided entry by entry. */
export async function poolPage(db: Duck, q: PoolListQuery): Promise<Page<PoolEntry>> {
  return pageOfList(q, await poolRows(db, q.as));
}

/** A stored demand by id, or undefined (the CLI's --demand is an id or a text). */
export async function findDemand(db: Duck, id: string): Promise<Demand | undefined> {
  return (await readDemand(db, id)) as Demand | undefined;
}

/** One page of the service platforms, by name, each with the services it offers. */
export async function platformPage(
  db: Duck,
  q: PlatformListQuery,
): Promise<Page<PlatformWithServices>> {
  const f = { category: q.category, cluster: q.cluster };
  return onePage(
    q,
    async (limit, offset) => {
      const platforms = await readPlatforms(db, { ...f, limit, offset });
      const services = await readPlatformServices(db, { platforms: platforms.map((p) => p.id) });
      const byPlatform = new Map<string, typeof services>();
      for (const s of services)
        byPlatform.set(s.platform, [...(byPlatform.get(s.platform) ?? []), s]);
      return platforms.map((p) => ({ ...p, services: byPlatform.get(p.id) ?? [] }));
    },
    () => countPlatforms(db, f),
  ) as Promise<Page<PlatformWithServices>>;
}

/**
 * One page of service requests, newest first: a member account sees those
 * its organisation made and those to the platform it runs; analysts see all
 * (`party` narrows to one organisation).
 */
export async function requestPage(
  db: Duck,
  q: RequestListQuery,
  viewer?: Viewer,
): Promise<Page<ServiceRequestView>> {
  const f = filters(q);
  const party = viewer?.role === 'member' ? viewer.organization : f.party;
  const where = { ...f, party };
  return onePage(
    q,
    (limit, offset) => readServiceRequestViews(db, { ...where, limit, offset }),
    () => countServiceRequests(db, where),
  ) as Promise<Page<ServiceRequestView>>;
}
