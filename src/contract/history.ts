/**
 * An organisation's history as GET /api/organizations/:id/history sends it:
 * the core's change record, its figures withheld where the viewer may not
 * see them. Types only.
 */
import type { Change } from '../core/model/change.ts';
import type { Page } from './paging.ts';

/** One change as a viewer sees it. */
export interface ChangeItem extends Change {
  /** The values were confidential figures withheld from this viewer. */
  restricted?: boolean;
}

export interface OrganizationHistory extends Page<ChangeItem> {
  organization: string;
}
