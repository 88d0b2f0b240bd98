import type { z } from 'zod';
import type { Page } from '../../contract/paging.ts';
import type { OrganizationListQuery, OrganizationView } from '../../contract/organizations.ts';
import type { Duck } from '../../store/duck.ts';
import { readOrganizations } from '../../store/queries/organizations.ts';

/** Organisations matching every given filter, one page at a time, by name (the query as the contract checked it). */
export async function listOrganizations(
  db: Duck,
  input: z.output<typeof OrganizationListQuery>,
): Promise<Page<OrganizationView>> {
  const { page, pageSize } = input;
  const text = (v: string | undefined) =>
    v === undefined || v.trim() === '' ? undefined : v.trim();
  const { rows, total } = await readOrganizations(db, {
    region: text(input.region),
    industry: text(input.industry),
    kind: text(input.kind),
    tag: text(input.tag),
    q: text(input.q),
    cluster: text(input.cluster),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  // The store holds what the core's provenance model parsed.
  return { items: rows as OrganizationView[], total, page, pageSize };
}
