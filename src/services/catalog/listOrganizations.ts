import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { queryOrganizations, type OrganizationRow } from '../../store/queries/organizations.ts';

export interface ListOrganizationsInput {
  region?: string;
  industry?: string;
  kind?: string;
  tag?: string;
  q?: string;
  cluster?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

function positiveInt(field: string, v: number | undefined, fallback: number, max: number): number {
  if (v === undefined) return fallback;
  if (!Number.isInteger(v) || v < 1 || v > max) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `${field} must be an integer from 1 to ${max}`, {
      field,
      value: v,
    });
  }
  return v;
}

/** Organisations matching every given filter, one page at a time, by name. */
export async function listOrganizations(
  db: Duck,
  input: ListOrganizationsInput = {},
): Promise<Page<OrganizationRow>> {
  const page = positiveInt('page', input.page, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = positiveInt('pageSize', input.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const text = (v: string | undefined) =>
    v === undefined || v.trim() === '' ? undefined : v.trim();
  const { rows, total } = await queryOrganizations(db, {
    region: text(input.region),
    industry: text(input.industry),
    kind: text(input.kind),
    tag: text(input.tag),
    q: text(input.q),
    cluster: text(input.cluster),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: rows, total, page, pageSize };
}
