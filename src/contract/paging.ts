import { z } from 'zod';

/** The largest page a list may be asked for: beyond it offsets leave the integers a database binds. */
export const MAX_PAGE = 1_000_000_000;
/** The most rows a page holds. */
export const MAX_PAGE_SIZE = 500;

/** The query of a paginated list: page (1-based) and pageSize, with their defaults. */
export const PageQuery = z.strictObject({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});
export type PageQuery = z.input<typeof PageQuery>;

/** A paginated list's query: its own filters plus page and pageSize. */
export function pagedQuery<S extends z.ZodRawShape>(filters: S) {
  return PageQuery.extend(filters);
}

/** The answer of a paginated list of `item`: the rows of one page and the total. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
