/**
 * Loads the reference data bundled in data/ (see data/SOURCES.md): GB/T 2260
 * regions, GB/T 4754-2017 industries, MIIT's national cluster list, and the
 * province / prefecture outlines. Files are resolved from the package root via
 * import.meta.url, validated with the domain schemas once, and cached; a file
 * that fails validation throws ATLAS_E_DATA_INTEGRITY (the package is broken,
 * not the user's input).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AtlasError } from '../core/errors.ts';
import { Cluster, type ClusterInput } from '../core/model/cluster.ts';
import { Industry } from '../core/model/industry.ts';
import { NationalEmployment } from '../core/model/national-employment.ts';
import { Region, RegionCode } from '../core/model/region.ts';

const position = z.tuple([z.number(), z.number()]);
const polygon = z.array(z.array(position).min(4)).min(1);

/** The subset of GeoJSON the bundled outlines use: polygons with adcode and name. */
export const GeoFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ adcode: RegionCode, name: z.string().min(1) }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: polygon }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
      ]),
    }),
  ),
});
export type GeoFeatureCollection = z.infer<typeof GeoFeatureCollection>;
export type GeoLevel = 'province' | 'prefecture';

/** Absolute path of a bundled data file (data/ sits at the package root). */
export function referencePath(rel: string): string {
  return fileURLToPath(new URL(`../../data/${rel}`, import.meta.url));
}

const cache = new Map<string, unknown>();

function load<T>(rel: string, schema: z.ZodType<T>): T {
  const hit = cache.get(rel);
  if (hit !== undefined) return hit as T;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(referencePath(rel), 'utf8'));
  } catch (e) {
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `cannot read bundled data/${rel}`, {
      file: `data/${rel}`,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `bundled data/${rel} is invalid`, {
      file: `data/${rel}`,
      path: issue?.path.join('.'),
      reason: issue?.message,
    });
  }
  cache.set(rel, parsed.data);
  return parsed.data;
}

export function loadRegions(): Region[] {
  return load('regions.json', z.array(Region));
}

export function loadIndustries(): Industry[] {
  return load('industries/gbt4754-2017.json', z.array(Industry));
}

/**
 * MIIT's national advanced manufacturing clusters (45, as of the 2022 notice),
 * validated and with the schema's defaults filled in.
 */
export function loadNationalClusters(): ClusterInput[] {
  return load('clusters/national.json', z.array(Cluster));
}

/**
 * China's employment by GB/T 4754-2017 section and division, 1990-2018
 * (万人): the national reference of a location quotient (data/SOURCES.md).
 */
export function loadNationalEmployment(): NationalEmployment {
  return load('reference/national-employment.json', NationalEmployment);
}

export function loadGeo(level: GeoLevel): GeoFeatureCollection {
  return load(
    `geo/${level === 'province' ? 'provinces' : 'prefectures'}.json`,
    GeoFeatureCollection,
  );
}
