import { AtlasError } from '../core/errors.ts';
import { pageQuerystring } from './schemas.ts';

/** The last page a list may be asked for: beyond it offsets leave the integers a database binds. */
export const MAX_PAGE = pageQuerystring.properties.page.maximum;

/** A page number or size as asked: an integer from 1 to max, else 400 (never Infinity, 1e400, 2.5). */
function pageNumber(field: string, v: number, max: number): number {
  if (!Number.isSafeInteger(v) || v < 1 || v > max)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `${field} must be an integer from 1 to ${max}`, {
      field,
    });
  return v;
}

/** The page parameters of a list route's query. */
export type Paged = { page?: number; pageSize?: number };

/** A list route's query schema: its own filters plus page (1-based) and pageSize (≤ 500). */
export function pagedQuery(properties: object) {
  return {
    ...pageQuerystring,
    properties: { ...pageQuerystring.properties, ...properties },
  };
}

/**
 * One page of a list in the answer shape of every paginated route
 * ({items, total, page, pageSize}); the rows and the total are read together.
 */
export async function onePage<T>(
  q: Paged,
  rows: (limit: number, offset: number) => Promise<T[]>,
  total: () => Promise<number>,
) {
  const page = pageNumber('page', q.page ?? 1, MAX_PAGE);
  const pageSize = pageNumber('pageSize', q.pageSize ?? 50, 500);
  const [items, n] = await Promise.all([rows(pageSize, (page - 1) * pageSize), total()]);
  return { items, total: n, page, pageSize };
}
