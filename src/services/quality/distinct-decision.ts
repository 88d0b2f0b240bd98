/**
 * "Not a duplicate": an analyst's decision that the records of a duplicate
 * candidate are different organisations, recorded per pair (store/reviewed-pairs.ts)
 * so the review stops offering them, and taken back on request. Unknown ids
 * and groups of fewer than two records are refused before anything is written.
 */
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { compareIds, deleteReviewedPairs, writeReviewedPairs } from '../../store/reviewed-pairs.ts';
import { existingOrganizations } from '../../store/matching.ts';

/** At most this many records in one decision (a duplicate group is a handful). */
const MAX_GROUP = 50;

async function checkGroup(db: Duck, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length < 2)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'name at least two different organisations', {
      field: 'organizations',
      value: ids,
    });
  if (unique.length > MAX_GROUP)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `at most ${MAX_GROUP} organisations at once`, {
      field: 'organizations',
      count: unique.length,
    });
  const known = await existingOrganizations(db, unique);
  const missing = unique.filter((x) => !known.has(x));
  if (missing.length)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${missing.join(', ')}`, {
      organizations: missing,
    });
  return unique;
}

/**
 * An analyst's review of a duplicate candidate: these records are different
 * entities (two 有限公司 of one name in two cities, a parent and its
 * subsidiary). Every pair among them is recorded, so the group is not
 * offered again — unless a new record joins it, whose pairs are undecided.
 */
export async function markDistinct(
  db: Duck,
  ids: readonly string[],
  d: { by: string | null; note?: string; at?: string },
): Promise<{ organizations: string[]; pairs: number }> {
  const unique = await checkGroup(db, ids);
  const at = d.at ?? new Date().toISOString();
  const pairs = await db.transaction((tx) =>
    writeReviewedPairs(tx, unique, { decision: 'distinct', by: d.by, at, note: d.note ?? null }),
  );
  return { organizations: unique.sort(compareIds), pairs };
}

/**
 * Takes a "not a duplicate" decision back: the group is a candidate again.
 * A group with no decision among its pairs is ATLAS_E_NOT_FOUND (nothing was
 * taken back, and the caller should know it named the wrong group).
 */
export async function undoDistinct(
  db: Duck,
  ids: readonly string[],
): Promise<{ organizations: string[]; pairs: number }> {
  const unique = await checkGroup(db, ids);
  const pairs = await db.transaction((tx) => deleteReviewedPairs(tx, unique));
  if (pairs === 0)
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `no “not a duplicate” decision among ${unique.join(', ')}`,
      { organizations: unique },
    );
  return { organizations: unique.sort(compareIds), pairs };
}
