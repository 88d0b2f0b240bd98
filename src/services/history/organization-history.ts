import { seesFiguresOf, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { type Change, organizationChanges } from '../../store/queries/change-history.ts';

export interface HistoryItem extends Change {
  /** Set when the values were withheld from this viewer (a firm's confidential figures). */
  restricted?: boolean;
}

export interface OrganizationHistory {
  organization: string;
  items: HistoryItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** A figure's change: a yearly measure, or the value of a link. */
const isFigure = (c: Change) =>
  c.entity === 'measure' || (c.entity === 'link' && (c.field === 'value' || c.field === null));

/**
 * The history of an organisation, newest first: its own fields, its yearly
 * figures, its links and memberships. A viewer who may not see this firm's
 * figures (services/access/redact.ts) gets the changes of its figures
 * without their values (restricted: true). An organisation merged into
 * another keeps its history under its old id.
 */
export async function organizationHistory(
  db: Duck,
  id: string,
  viewer: Viewer,
  page = 1,
  pageSize = 50,
): Promise<OrganizationHistory> {
  const { items, total } = await organizationChanges(db, id, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  if (total === 0) {
    const known = await db.all('SELECT 1 FROM organizations WHERE id = $id', { id });
    if (known.length === 0)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${id}`, { id });
  }
  const shown = items.map((c): HistoryItem => {
    if (!isFigure(c) || c.organizations.some((o) => seesFiguresOf(viewer, o))) return c;
    return { ...c, previous: null, value: null, restricted: true };
  });
  return { organization: id, items: shown, total, page, pageSize };
}
