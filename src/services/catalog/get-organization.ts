import { AtlasError } from '../../core/errors.ts';
import { linkValueUnit } from '../../core/model/link-value-unit.ts';
import type { Duck } from '../../store/duck.ts';
import type { OrganizationDetail } from '../../contract/organizations.ts';
import { readOrganizationDetail } from '../../store/queries/organization-detail.ts';

/**
 * One organisation with its yearly measures, its links (both directions, the
 * other end named) and its clusters. Measures and link values are
 * confidential: the caller (the API) decides who may see them.
 */
export async function getOrganization(db: Duck, id: string): Promise<OrganizationDetail> {
  const rows = await readOrganizationDetail(db, id);
  if (!rows) {
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${id}`, {
      entity: 'organization',
      id,
    });
  }
  const { organization, links, ...rest } = rows;
  const withUnits = links.map((l) => ({ ...l, valueUnit: linkValueUnit(l) }));
  // The store holds what the core's models parsed (provenance, external ids).
  return { ...organization, ...rest, links: withUnits } as OrganizationDetail;
}
