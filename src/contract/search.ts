/**
 * The search box and the pickers (GET /api/search): one query over
 * clusters, organisations, regions and industries, and chain nodes when a
 * picker asks (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';

export const SEARCH_MAX_LIMIT = 100;
/** What the header's search box looks for. */
export const SEARCH_TYPES = ['cluster', 'organization', 'region', 'industry'] as const;
/** Every type a picker may ask for: also chain templates' nodes (id `TEMPLATE/NODE`). */
export const PICKER_TYPES = [...SEARCH_TYPES, 'chain_node'] as const;
export const SearchType = z.enum(PICKER_TYPES);
export type SearchType = z.infer<typeof SearchType>;

const oneType = `(${PICKER_TYPES.join('|')})`;

export const SearchQuery = z.strictObject({
  q: z.string().min(1).max(100),
  limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).default(8).describe('hits per type'),
  types: z
    .string()
    .regex(new RegExp(`^${oneType}(,${oneType})*$`), `types from ${PICKER_TYPES.join(', ')}`)
    .optional()
    .describe(
      'only these types, comma-separated (the pickers: types=organization); chain_node (id TEMPLATE/NODE) only when asked',
    ),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** One hit: what it is, its id or code, its names and a hint to tell hits apart. */
export const SearchHit = z.strictObject({
  type: SearchType,
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  /** The kind of organisation, the level of a region, the scheme of an industry, a cluster's field. */
  detail: z.string().nullable(),
  synthetic: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchAnswer = z.strictObject({ hits: z.array(SearchHit) });
export type SearchAnswer = z.infer<typeof SearchAnswer>;
