import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { MatchWithEvents } from '../../contract/matching.ts';
import type { Duck } from '../../store/duck.ts';
import { readMatch, matchEvents } from '../../store/matching.ts';

/**
 * Who is matched with whom is the parties' business: a member account sees
 * and moves only the matches its organisation is a party to (buyer or
 * supplier); analysts and admins act for the promotion organisation.
 */
export function isParty(viewer: Viewer, m: { buyer: string; supplier: string }): void {
  if (
    viewer.role === 'member' &&
    viewer.organization !== m.buyer &&
    viewer.organization !== m.supplier
  )
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `a member account sees the matches of ${viewer.organization} only`,
      { organization: viewer.organization },
    );
}

/** A member account may act only as its own organisation; analysts and admins act for the promotion organisation. */
export function actsFor(viewer: Viewer, organization: string): void {
  if (viewer.role === 'member' && viewer.organization !== organization)
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `a member account acts for ${viewer.organization} only`,
      { organization },
    );
}

/** One match with the history of its outcome, for a viewer who is a party to it. */
export async function matchFor(db: Duck, viewer: Viewer, id: string): Promise<MatchWithEvents> {
  const m = await readMatch(db, id);
  if (!m) throw new AtlasError('ATLAS_E_NOT_FOUND', `no match ${id}`, { match: id });
  isParty(viewer, m);
  return {
    ...(m as Omit<MatchWithEvents, 'events'>),
    events: await matchEvents(db, m.id),
  } as MatchWithEvents;
}
