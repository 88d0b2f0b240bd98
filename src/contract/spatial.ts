/**
 * Where the firms are, on the wire (GET /api/spatial/clusters,
 * /api/spatial/hotspots, /api/spatial/density): spatial clusters detected
 * among an industry group's located firms and the known clusters they match,
 * kernel-density hot spots, and the map's counts per grid cell
 * (docs/architecture.md, "The contract rule"). Coordinates are WGS-84
 * [lon, lat]. A figure weighted by firms' measures is a confidential
 * aggregate.
 */
import { z } from 'zod';
import { CONFIDENTIAL_KEY, DOMINANCE, MIN_CONTRIBUTORS } from '../core/access/disclosure.ts';
import { OrganizationKind } from '../core/model/organization.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';

const whole = z.number().int();
const LonLat = z.tuple([z.number(), z.number()]);
const codes = z.array(z.string());

export const SPATIAL_WEIGHTS = ['employees', 'revenue', 'output', 'rd_spend', 'patents'] as const;
const industryGroup = z
  .string()
  .min(1)
  .max(120)
  .describe('GB/T 4754 code prefix, tag, or chain node chain:TEMPLATE/NODE');
const synthetic = z.enum(['include', 'exclude']).default('include');

/** GET /api/spatial/clusters's query. */
export const DetectQuery = z.strictObject({
  industry: industryGroup,
  region: z.string().max(400).optional().describe('GB/T 2260 codes, comma-separated'),
  epsKm: z.number().gt(0).max(2000).default(10),
  minPoints: whole.min(1).max(100000).default(8),
  minSamples: whole.min(1).max(100000).optional(),
  method: z.enum(['dbscan', 'hdbscan']).default('dbscan'),
  weight: z.enum(SPATIAL_WEIGHTS).optional(),
  synthetic,
  surroundingsKm: z
    .number()
    .gt(0)
    .max(2000)
    .default(100)
    .describe("radius of the surroundings for each cluster's LQ"),
  concaveK: whole.min(3).max(200).default(6),
});
export type DetectQuery = z.output<typeof DetectQuery>;

/** A weighted centroid: a confidential aggregate of the members' measures, like a number. */
const confidentialCentroid = LonLat.nullable().meta({
  [CONFIDENTIAL_KEY]: 'aggregate',
  description: `WGS-84 [lon, lat], weighted by the measure when one is given; confidential aggregate: null where the disclosure rule withholds it (fewer than ${MIN_CONTRIBUTORS} contributors, one over ${DOMINANCE * 100}%, or recoverable by subtraction)`,
});

/** A cluster found among the firms. */
export const DetectedCluster = z.strictObject({
  cluster: whole,
  size: whole,
  weight: confidentialAggregate(z.number(), "the members' sum of the measure"),
  syntheticMembers: whole,
  centroid: confidentialCentroid,
  outline: z.array(LonLat).describe('convex hull, counter-clockwise, not closed'),
  members: codes,
  industryMix: z.array(z.strictObject({ industry: z.string(), firms: whole })),
  provinces: codes,
  prefectures: codes,
  spansSeveralUnits: z.boolean().describe('more than one province, or more than one prefecture'),
  matches: codes.describe('known clusters whose regions and industries overlap its members'),
  status: z.enum(['new', 'matched']),
  concaveOutline: z.array(LonLat).describe('k-nearest concave hull, counter-clockwise, not closed'),
  concaveMethod: z.enum(['concave', 'convex']),
  concaveK: whole,
  surroundings: z
    .strictObject({
      footprintFirms: whole,
      footprintGroupFirms: whole,
      surroundingFirms: whole,
      surroundingGroupFirms: whole,
      lq: z.number().nullable(),
    })
    .describe("the group's LQ in the cluster's footprint against its surroundings"),
});
export type DetectedCluster = z.infer<typeof DetectedCluster>;

/** A known cluster of the atlas that detected clusters match. */
export const KnownClusterMatch = z.strictObject({
  id: z.string(),
  name: z.string(),
  designation: z.string(),
  regions: codes,
  provinces: codes,
  detected: z.array(whole),
  detectedProvinces: codes,
  detectedPrefectures: codes,
  spansSeveralUnits: z.boolean(),
});
export type KnownClusterMatch = z.infer<typeof KnownClusterMatch>;

export const Detection = z.strictObject({
  crs: z.literal('WGS84'),
  points: whole,
  converted: whole.describe('GCJ-02 rows converted'),
  clusters: z.array(DetectedCluster),
  known: z.array(KnownClusterMatch),
});
export type Detection = z.infer<typeof Detection>;

/** GET /api/spatial/hotspots's query. */
export const HotspotsQuery = z.strictObject({
  industry: industryGroup,
  region: z.string().max(400).optional(),
  bandwidthKm: z.number().gt(0).max(500).default(5),
  cellKm: z.number().gt(0).max(500).default(2),
  weight: z.enum(SPATIAL_WEIGHTS).optional(),
  synthetic,
  limit: whole.min(1).max(1000).default(50),
});
export type HotspotsQuery = z.output<typeof HotspotsQuery>;

export const Hotspots = z.strictObject({
  crs: z.literal('WGS84'),
  points: whole,
  bandwidthKm: z.number().describe('as used (coarsened: snapped)'),
  cellKm: z.number().describe('as used (coarsened: snapped)'),
  rows: whole,
  cols: whole,
  coarsened: z
    .strictObject({
      bandwidthKm: z.number(),
      cellKm: z.number(),
      density: z.literal('1-2-5 series'),
    })
    .optional()
    .describe(
      'present when a weighted answer was coarsened for someone who may not see firms’ figures: bandwidth snapped to the 1-2-5 series, cells 0.4 of it, densities rounded to the same series',
    ),
  hotspots: z.array(
    z.strictObject({
      lon: z.number(),
      lat: z.number(),
      density: confidentialAggregate(z.number(), 'per km² (firms, or measure units with a weight)'),
    }),
  ),
});
export type Hotspots = z.infer<typeof Hotspots>;

/** GET /api/spatial/density's query. */
export const DensityQuery = z.strictObject({
  cell: z.number().min(0.05).max(2).default(0.25),
  industry: z
    .string()
    .max(120)
    .optional()
    .describe('GB/T 4754 code prefix or tag; empty: every industry'),
  kind: OrganizationKind.optional(),
  synthetic,
});
export type DensityQuery = z.output<typeof DensityQuery>;

export const FirmDensity = z.strictObject({
  cell: z.number().describe('cell side, degrees'),
  cells: z
    .array(z.tuple([z.number(), z.number(), whole, whole]))
    .describe(
      '[centre lon, centre lat, organisations, of which synthetic], one per non-empty cell',
    ),
  organizations: whole,
  synthetic: whole,
  max: whole.describe("the busiest cell's count: the top of the colour scale"),
});
export type FirmDensity = z.infer<typeof FirmDensity>;
