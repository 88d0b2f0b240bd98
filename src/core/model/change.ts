/**
 * One change of the append-only history of organisations, their yearly
 * figures, links and cluster memberships: who, when, from which source, the
 * field, its previous and new value, the year the data describe, and the
 * change an undo reverts. The store writes and reads it; the API sends it.
 */

/** What a change is about. */
export type ChangeEntity = 'organization' | 'measure' | 'link' | 'membership';

export interface Change {
  id: number;
  /** UTC, ISO 8601. */
  at: string;
  by: string | null;
  source: string;
  entity: ChangeEntity;
  entityId: string;
  organizations: string[];
  action: 'create' | 'update' | 'delete';
  field: string | null;
  previous: unknown;
  value: unknown;
  dataYear: number | null;
  undoes: number | null;
  /** The later change that undid this one, if any. */
  undoneBy: number | null;
}
