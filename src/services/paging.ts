import { AtlasError } from '../core/errors.ts';
import { MAX_PAGE, MAX_PAGE_SIZE, type Page } from '../contract/paging.ts';

/** A page number or size as asked: an integer from 1 to max, else 400 (never Infinity, 1e400, 2.5). */
function pageNumber(field: string, v: number, max: number): number {
  if (!Number.isSafeInteger(v) || v < 1 || v > max)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `${field} must be an integer from 1 to ${max}`, {
      field,
    });
  return v;
}

/**
 * One page of a list in the answer shape of every paginated use case
 * ({items, total, page, pageSize}); the rows and the total are read together.
 */
export async function onePage<T>(
  q: { page?: number; pageSize?: number },
  rows: (limit: number, offset: number) => Promise<T[]>,
  total: () => Promise<number>,
): Promise<Page<T>> {
  const page = pageNumber('page', q.page ?? 1, MAX_PAGE);
  const pageSize = pageNumber('pageSize', q.pageSize ?? 50, MAX_PAGE_SIZE);
  const [items, n] = await Promise.all([rows(pageSize, (page - 1) * pageSize), total()]);
  return { items, total: n, page, pageSize };
}

/** One page of a list already read whole (filtered row by row before paging). */
export function pageOfList<T>(q: { page?: number; pageSize?: number }, all: readonly T[]) {
  return onePage(
    q,
    async (limit, offset) => all.slice(offset, offset + limit),
    async () => all.length,
  );
}
