import { pageQuerystring } from './schemas.ts';

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
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const [items, n] = await Promise.all([rows(pageSize, (page - 1) * pageSize), total()]);
  return { items, total: n, page, pageSize };
}
