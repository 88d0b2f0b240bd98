import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  queryOrganizationDetail,
  type OrganizationDetailRows,
} from '../../store/queries/organization-detail.ts';

export type OrganizationDetail = OrganizationDetailRows['organization'] &
  Omit<OrganizationDetailRows, 'organization'>;

/**
 * One organisation with its yearly measures, its links (both directions, the
 * other end named) and its clusters. Measures and link values are
 * confidential: the caller (the API) decides who may see them.
 */
export async function getOrganization(db: Duck, id: string): Promise<OrganizationDetail> {
  const rows = await queryOrganizationDetail(db, id);
  if (!rows) {
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${id}`, {
      entity: 'organization',
      id,
    });
  }
  const { organization, ...rest } = rows;
  return { ...organization, ...rest };
}
