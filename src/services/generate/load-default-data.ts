import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AtlasError } from '../../core/errors.ts';
import { Cluster, type ClusterInput } from '../../core/model/cluster.ts';
import { Link, type LinkInput } from '../../core/model/link.ts';
import { Organization, type OrganizationInput } from '../../core/model/organization.ts';
import { Provenance } from '../../core/model/provenance.ts';
import { RegionCode } from '../../core/model/region.ts';

/**
 * The curated default data set in data/default/ (see its README): the
 * clusters, organisations and links the seed articles name, cluster figures
 * the seeds give, and the generator's profiles and sites. Records are kept
 * in their input form (what import and the store take); every file is
 * validated against the core schemas when loaded.
 */

/** [zh, en, GB/T 4754-2017 class] */
const Product = z.tuple([z.string().min(1), z.string().min(1), z.string().regex(/^\d{2,4}$/)]);
export type Product = z.infer<typeof Product>;

export const ClusterProfile = z.object({
  weight: z.number().positive(),
  networking: z.number().min(0).max(1),
  products: z.array(Product).min(1),
  siteRegions: z.array(RegionCode).optional(),
  siteWeights: z.record(RegionCode, z.number().positive()).optional(),
  /** Final goods (zh names): their makers sell to the market, not to the chain leaders. */
  endProducts: z.array(z.string().min(1)).optional(),
  /** Product (zh) → the real organisations that buy it, instead of the chain leaders. */
  buyers: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
});
export type ClusterProfile = z.infer<typeof ClusterProfile>;

export const Profiles = z.object({
  about: z.string(),
  services: z.array(Product).min(1),
  clusters: z.record(z.string(), ClusterProfile),
});
export type Profiles = z.infer<typeof Profiles>;

export const Site = z.object({
  region: RegionCode,
  name: z.string().min(1),
  center: z.tuple([z.number(), z.number()]),
  weight: z.number().positive(),
});
export type Site = z.infer<typeof Site>;

export const Sites = z.object({
  about: z.string(),
  clusters: z.record(z.string(), z.array(Site).min(1)),
});
export type Sites = z.infer<typeof Sites>;

/** A figure the seeds give for a cluster (the store's indicator value shape). */
export const SeedIndicator = z.object({
  subjectType: z.literal('cluster'),
  subject: z.string().min(1),
  indicator: z.string().min(1),
  year: z.number().int().optional(),
  value: z.number().finite(),
  unit: z.string().optional(),
  provenance: Provenance,
});
export type SeedIndicator = z.infer<typeof SeedIndicator>;

export interface DefaultDataSet {
  organizations: OrganizationInput[];
  clusters: ClusterInput[];
  links: LinkInput[];
  indicators: SeedIndicator[];
  profiles: Profiles;
  sites: Sites;
}

/** data/default/ of this package. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/default/', import.meta.url));

/** A JSON file of `dir`; ATLAS_E_DATA_INTEGRITY if it cannot be read. */
export function readJson(dir: string, file: string): unknown {
  const path = `${dir.replace(/\/?$/, '/')}${file}`;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `cannot read ${path}: ${(e as Error).message}`, {
      file: path,
    });
  }
}

/** `value` checked against `schema`; ATLAS_E_DATA_INTEGRITY naming the file and path if not. */
export function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AtlasError(
      'ATLAS_E_DATA_INTEGRITY',
      `${file}: ${issue.path.join('.')}: ${issue.message}`,
      { file, issues: r.error.issues.slice(0, 20) },
    );
  }
  return value as T;
}

/**
 * Reads and validates data/default/ (or `dir`). Returns the records as
 * written (input form); throws ATLAS_E_DATA_INTEGRITY if a file is missing or
 * breaks a schema.
 */
export function loadDefaultData(dir: string = DEFAULT_DATA_DIR): DefaultDataSet {
  return {
    organizations: check(
      z.array(Organization),
      readJson(dir, 'organizations.json'),
      'organizations.json',
    ) as unknown as OrganizationInput[],
    clusters: check(
      z.array(Cluster),
      readJson(dir, 'clusters.json'),
      'clusters.json',
    ) as unknown as ClusterInput[],
    links: check(
      z.array(Link),
      readJson(dir, 'links.json'),
      'links.json',
    ) as unknown as LinkInput[],
    indicators: check(
      z.array(SeedIndicator),
      readJson(dir, 'indicators.json'),
      'indicators.json',
    ) as unknown as SeedIndicator[],
    profiles: check(Profiles, readJson(dir, 'profiles.json'), 'profiles.json'),
    sites: check(Sites, readJson(dir, 'sites.json'), 'sites.json'),
  };
}
