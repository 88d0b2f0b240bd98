import { get, query, send } from '../http.ts';
import type { Provenance } from '../types.ts';
import type { SearchAnswer, SearchHit } from '../../../src/contract/search.ts';

/** One hit of the search box or a picker: the server's contract (src/contract/search.ts). */
export type { SearchAnswer, SearchHit };

export interface MeasureYear {
  year: number;
  employees: number | null;
  revenue: number | null;
  output: number | null;
  rdSpend: number | null;
  patents: number | null;
}

export interface OrganizationLink {
  id: string;
  direction: 'out' | 'in';
  type: string;
  other: string;
  otherName: string | null;
  otherKind: string | null;
  product: string | null;
  /** Absent or null when the viewer may not see it. */
  value?: number | null;
  year: number | null;
  synthetic: boolean;
  verified: boolean;
  provenance: Provenance;
}

export interface OrganizationDetail {
  id: string;
  uscc: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  region: string | null;
  regionNameZh: string | null;
  regionNameEn: string | null;
  address?: string | null;
  lon: number | null;
  lat: number | null;
  crs?: string | null;
  /** How precise lon/lat are: site, address, or a county, prefecture or province centre. */
  locationPrecision?: string | null;
  industries: string[];
  industryLabels: string[];
  tags: string[];
  synthetic: boolean;
  verified: boolean;
  provenance: Provenance;
  /** Confidential: empty or absent for viewers. */
  measures?: MeasureYear[];
  links: OrganizationLink[];
  clusters: { id: string; name: string; nameEn: string | null; role: string | null }[];
  /** Set by the server when it withheld confidential figures. */
  restricted?: boolean;
}

/** An organisation as lists give it (public fields). */
export interface OrganizationItem {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  lon: number | null;
  lat: number | null;
  tags: string[];
  synthetic: boolean;
}

export interface OrganizationEdit {
  name?: string;
  nameEn?: string | null;
  address?: string | null;
  region?: string | null;
  industries?: string[];
  tags?: string[];
}

export const catalogApi = {
  editOrganization: (id: string, edit: OrganizationEdit) =>
    send<OrganizationDetail>('PATCH', `/api/organizations/${encodeURIComponent(id)}`, edit),
  /** One page of the located organisations of a region (for the map's points). */
  organizationsIn: (region: string, pageSize = 500) =>
    get<{ items: OrganizationItem[]; total: number }>(
      `/api/organizations?${query({ region, pageSize })}`,
    ),
  /** The search box (6 of each type) and the pickers (`types`: only those). */
  search: (q: string, opts: { types?: SearchHit['type'][]; limit?: number } = {}) =>
    get<SearchAnswer>(
      `/api/search?${query({ q, limit: opts.limit ?? 6, types: opts.types?.join(',') })}`,
    ),
  organization: (id: string) =>
    get<OrganizationDetail>(`/api/organizations/${encodeURIComponent(id)}`),
};
