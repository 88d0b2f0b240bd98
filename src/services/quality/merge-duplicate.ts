import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { mergeOrganizationRows, type MergeCounts } from '../../store/merge-organization.ts';
import { existingOrganizations } from '../../store/matching.ts';
import { invalidateMatching } from '../matching/matching-cache.ts';

/**
 * Resolves a duplicate found in review: `from` is merged into `into` in one
 * transaction (store/merge-organization.ts says what moves) and deleted.
 * Nothing changes when either is missing or they are the same record.
 */
export async function mergeDuplicate(
  db: Duck,
  into: string,
  from: string,
  by?: string,
): Promise<MergeCounts & { into: string; from: string }> {
  if (into === from)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'an organisation cannot be merged into itself', {
      id: into,
    });
  const known = await existingOrganizations(db, [into, from]);
  const missing = [into, from].filter((x) => !known.has(x));
  if (missing.length)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${missing.join(', ')}`, {
      organizations: missing,
    });
  const counts = await db.transaction((tx) => mergeOrganizationRows(tx, from, into, { by }));
  invalidateMatching(db, 'capabilities');
  invalidateMatching(db, 'demands');
  return { into, from, ...counts };
}
