import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { querySearch, type SearchHit } from '../../store/queries/search.ts';

export const SEARCH_MAX_LIMIT = 20;

/**
 * The search box: clusters, organisations, regions and industries whose name
 * (zh or en) contains the text, or whose id, code or USCC is the text. Up to
 * `limit` hits of each type. Public fields only.
 */
export async function search(db: Duck, text: string, limit = 8): Promise<SearchHit[]> {
  const q = text.trim();
  if (q.length === 0) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'search text is empty', { field: 'q' });
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `limit must be an integer from 1 to ${SEARCH_MAX_LIMIT}`,
      {
        field: 'limit',
        value: limit,
      },
    );
  }
  return querySearch(db, q, limit);
}
