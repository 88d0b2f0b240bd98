/**
 * The province and prefecture outlines the map draws (GET /api/geo/:level):
 * the subset of GeoJSON (RFC 7946) the bundled files use, closed — polygons,
 * each feature with its GB/T 2260 code and name (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';

export const GEO_LEVELS = ['province', 'prefecture'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

export const GeoParams = z.strictObject({ level: z.enum(GEO_LEVELS) });
export type GeoParams = z.infer<typeof GeoParams>;

/** A position: longitude, latitude (GCJ-02, degrees). */
const position = z.array(z.number()).min(2).max(2);
const polygon = z.array(z.array(position));

export const GeoFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({
    adcode: z.string().describe('GB/T 2260 code'),
    name: z.string(),
  }),
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
    z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
  ]),
});
export type GeoFeature = z.infer<typeof GeoFeature>;

export const GeoFeatureCollection = z
  .strictObject({ type: z.literal('FeatureCollection'), features: z.array(GeoFeature) })
  .describe('A GeoJSON FeatureCollection of the level’s outlines');
export type GeoFeatureCollection = z.infer<typeof GeoFeatureCollection>;
