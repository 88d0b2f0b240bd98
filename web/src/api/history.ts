import { get, query, send } from '../http.ts';

/** One change of an organisation's history (GET /api/organizations/:id/history). */
export interface ChangeItem {
  id: number;
  /** UTC, ISO 8601. */
  at: string;
  by: string | null;
  source: string;
  entity: 'organization' | 'measure' | 'link' | 'membership';
  entityId: string;
  organizations: string[];
  action: 'create' | 'update' | 'delete';
  field: string | null;
  previous: unknown;
  value: unknown;
  dataYear: number | null;
  undoes: number | null;
  undoneBy: number | null;
  /** The values were confidential figures withheld from this viewer. */
  restricted?: boolean;
}

export interface OrganizationHistory {
  organization: string;
  items: ChangeItem[];
  total: number;
  page: number;
  pageSize: number;
}

export const historyApi = {
  organization: (id: string, page = 1, pageSize = 50) =>
    get<OrganizationHistory>(
      `/api/organizations/${encodeURIComponent(id)}/history?${query({ page, pageSize })}`,
    ),
  undo: (change: number) =>
    send<{ undone: number; organization: string }>('POST', `/api/changes/${change}/undo`),
};
