import { atLeast, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import type { CapabilityMatches } from '../../contract/matching.ts';
import { readDemand, readDemands, memberships, type DemandRow } from '../../store/matching.ts';
import { demandVisibleTo, matchCapability } from './match-capability.ts';

/**
 * Which demands a viewer may see (their text, quantity, matches): admins and
 * analysts all; a member what its organisation may see (open demands, its
 * clusters' demands, demands it is invited to, its own: demandVisibleTo);
 * anyone else — anonymous visitors, viewers — open demands only.
 */
export async function demandFilterFor(
  db: Duck,
  viewer: Viewer,
): Promise<(d: Pick<DemandRow, 'organization' | 'visibility' | 'invited' | 'cluster'>) => boolean> {
  if (atLeast(viewer, 'analyst')) return () => true;
  const org = viewer.role === 'member' ? viewer.organization : undefined;
  if (!org) return (d) => d.visibility === 'open';
  const clusters = new Set((await memberships(db, org)).map((m) => m.cluster));
  return (d) => demandVisibleTo(d as DemandRow, org, clusters);
}

/** A stored demand this viewer may see; one it may not is answered as not found (its existence is not confirmed). */
export async function visibleDemand(db: Duck, viewer: Viewer, id: string): Promise<DemandRow> {
  const d = await readDemand(db, id);
  if (!d || !(await demandFilterFor(db, viewer))(d))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no demand ${id}`, { demand: id });
  return d;
}

/**
 * Open demands ranked for a capability, as a viewer may see them: the
 * capability's owner may see demands the asker may not, so only those both
 * may see are kept.
 */
export async function capabilityMatchesFor(
  db: Duck,
  viewer: Viewer,
  capability: string,
  q: { top?: number },
): Promise<CapabilityMatches> {
  const r = await matchCapability(db, capability, { top: q.top });
  if (atLeast(viewer, 'analyst')) return r;
  const demands = new Map((await readDemands(db, {})).map((d) => [d.id, d]));
  const maySee = await demandFilterFor(db, viewer);
  return {
    ...r,
    matches: r.matches.filter((m) => {
      const d = demands.get(m.demand);
      return d !== undefined && maySee(d);
    }),
  };
}
