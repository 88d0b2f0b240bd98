import { get, query, send } from '../http.ts';
import type { Page } from '../types.ts';
import type {
  MeasureYear,
  OrganizationDetail,
  OrganizationEdit,
  OrganizationLink,
  OrganizationView,
} from '../../../src/contract/organizations.ts';
import type { SearchAnswer, SearchHit } from '../../../src/contract/search.ts';

/** One hit of the search box or a picker: the server's contract (src/contract/search.ts). */
export type { SearchAnswer, SearchHit };

/** An organisation as the API answers it: the server's contract (src/contract/organizations.ts). */
export type {
  MeasureYear,
  OrganizationDetail,
  OrganizationEdit,
  OrganizationLink,
  OrganizationView as OrganizationItem,
};

export const catalogApi = {
  editOrganization: (id: string, edit: OrganizationEdit) =>
    send<OrganizationDetail>('PATCH', `/api/organizations/${encodeURIComponent(id)}`, edit),
  /** One page of the located organisations of a region (for the map's points). */
  organizationsIn: (region: string, pageSize = 500) =>
    get<Page<OrganizationView>>(`/api/organizations?${query({ region, pageSize })}`),
  /** The search box (6 of each type) and the pickers (`types`: only those). */
  search: (q: string, opts: { types?: SearchHit['type'][]; limit?: number } = {}) =>
    get<SearchAnswer>(
      `/api/search?${query({ q, limit: opts.limit ?? 6, types: opts.types?.join(',') })}`,
    ),
  organization: (id: string) =>
    get<OrganizationDetail>(`/api/organizations/${encodeURIComponent(id)}`),
};
