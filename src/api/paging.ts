import { pageQuerystring } from './schemas.ts';

/** The last page a list may be asked for: beyond it offsets leave the integers a database binds. */
export const MAX_PAGE = pageQuerystring.properties.page.maximum;

/** The page parameters of a list route's query. */
export type Paged = { page?: number; pageSize?: number };

/** A list route's query schema: its own filters plus page (1-based) and pageSize (≤ 500). */
export function pagedQuery(properties: object) {
  return {
    ...pageQuerystring,
    properties: { ...pageQuerystring.properties, ...properties },
  };
}

/** One page of a list, as every paginated answer is shaped (services/paging.ts). */
export { onePage } from '../services/paging.ts';
