/**
 * The GB/T 2260 administrative divisions as the API, the CLI and the web see
 * them: a list by level and parent, and a region named inside other answers
 * (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { RegionCode, RegionLevel } from '../core/model/region.ts';

/** GET /api/regions: the divisions of a level and/or under a parent. */
export const RegionListQuery = z.strictObject({
  level: RegionLevel.optional(),
  parent: RegionCode.optional().describe('parent region code'),
});
export type RegionListQuery = z.input<typeof RegionListQuery>;

/** A region as screens show it: names, place in the hierarchy, centroid. */
export const RegionView = z.strictObject({
  code: z.string().describe('GB/T 2260 code'),
  level: RegionLevel,
  parent: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  province: z.string(),
  prefecture: z.string().nullable(),
  lon: z.number().nullable().describe('centroid longitude, GCJ-02'),
  lat: z.number().nullable().describe('centroid latitude, GCJ-02'),
});
export type RegionView = z.infer<typeof RegionView>;
export const RegionList = z.array(RegionView);

/** A region named inside another answer (a cluster's places). */
export const NamedRegion = z.strictObject({
  code: z.string(),
  level: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  province: z.string(),
});
export type NamedRegion = z.infer<typeof NamedRegion>;
