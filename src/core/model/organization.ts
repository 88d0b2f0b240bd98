import { z } from 'zod';
import { isValidUscc, normalizeUscc } from '../ids/uscc.ts';
import { TEXT_LIMITS } from '../text/sanitize.ts';
import { FigureProvenance } from './figure-provenance.ts';
import { Provenance } from './provenance.ts';
import { RegionCode } from './region.ts';

export const OrganizationKind = z.enum([
  'enterprise',
  'university',
  'institute',
  'platform',
  'finance',
  'promotion_org',
  'association',
  'park',
  'government',
  'service_provider',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const OrganizationTag = z.enum([
  'chain_leader', // 链主 / 龙头企业
  'single_champion', // 制造业单项冠军
  'little_giant', // 专精特新"小巨人"
  'specialised_sme', // 专精特新中小企业
  'high_tech', // 高新技术企业
  'listed', // 上市公司
]);
export type OrganizationTag = z.infer<typeof OrganizationTag>;

/**
 * How precise an organisation's location is: `site` (its own plant or office),
 * `address` (geocoded from an address), or the centre of the `county`,
 * `prefecture` or `province` it is known by — a point that is not its site.
 */
export const LocationPrecision = z.enum(['site', 'address', 'county', 'prefecture', 'province']);
export type LocationPrecision = z.infer<typeof LocationPrecision>;

const nonNegative = z.number().finite().min(0);

/** One year's measures of an organisation; all optional, all unrounded. */
export const YearlyMeasures = z.object({
  year: z.number().int().min(1900).max(2100),
  employees: nonNegative.optional(),
  /** 营业收入, in 10k yuan (万元). */
  revenue: nonNegative.optional(),
  /** 工业总产值, in 10k yuan (万元). */
  output: nonNegative.optional(),
  /** R&D spend, in 10k yuan (万元). */
  rdSpend: nonNegative.optional(),
  patents: nonNegative.optional(),
  /** Where the figures come from; absent: from the organisation's record (its provenance). */
  provenance: FigureProvenance.optional(),
});
export type YearlyMeasures = z.infer<typeof YearlyMeasures>;

export const Uscc = z
  .string()
  .transform(normalizeUscc)
  .refine(isValidUscc, 'not a valid 统一社会信用代码 (GB 32100 checksum)');

export const Organization = z.object({
  id: z.string().min(1),
  uscc: Uscc.optional(),
  name: z.string().trim().min(1).max(TEXT_LIMITS.name),
  nameEn: z.string().max(TEXT_LIMITS.name).optional(),
  kind: OrganizationKind,
  /** The most detailed GB/T 2260 region known (county, prefecture or province). */
  region: RegionCode.optional(),
  address: z.string().max(TEXT_LIMITS.text).optional(),
  /** [lon, lat]; `crs` says which datum. */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  crs: z.enum(['WGS84', 'GCJ02']).optional(),
  /** How precise `coordinates` are; absent: not stated. */
  locationPrecision: LocationPrecision.optional(),
  /** GB/T 4754-2017 codes where known. */
  industries: z.array(z.string()).default([]),
  /** Industry labels that are not GB/T 4754 codes (kept, never dropped). */
  industryLabels: z.array(z.string()).default([]),
  tags: z.array(OrganizationTag).default([]),
  /** Ids in other systems, e.g. { ts_code: '000001.SZ' }: keeps re-imports idempotent. */
  externalIds: z.record(z.string(), z.string()).default({}),
  measures: z.array(YearlyMeasures).default([]),
  provenance: Provenance,
});
export type Organization = z.infer<typeof Organization>;
export type OrganizationInput = z.input<typeof Organization>;
