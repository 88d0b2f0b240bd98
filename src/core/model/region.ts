import { z } from 'zod';

/** GB/T 2260 administrative division: 6-digit code, level, parent. */
export const RegionLevel = z.enum(['province', 'prefecture', 'county']);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const RegionCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code');

export const Region = z.object({
  code: RegionCode,
  level: RegionLevel,
  parent: RegionCode.nullable(),
  nameZh: z.string().min(1),
  nameEn: z.string().optional(),
  /** [lon, lat] in GCJ-02 (the coordinate system of the bundled centroids). */
  centroid: z.tuple([z.number(), z.number()]).optional(),
});
export type Region = z.infer<typeof Region>;
