/**
 * Organisations (enterprises, universities, institutes, platforms, agencies)
 * as the API, the CLI and the web see them (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';
import { OrganizationKind, OrganizationTag } from '../core/model/organization.ts';
import { RegionCode } from '../core/model/region.ts';
import { pagedQuery, pageOf } from './paging.ts';
import { FigureSources } from './figure-source.ts';
import { RecordProvenance } from './record-provenance.ts';

const strings = z.array(z.string());

/** The public fields of an organisation; yearly measures are not listed. */
export const OrganizationView = z.strictObject({
  id: z.string(),
  uscc: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.string(),
  region: z.string().nullable(),
  regionNameZh: z.string().nullable(),
  regionNameEn: z.string().nullable(),
  province: z.string().nullable(),
  prefecture: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  locationPrecision: z
    .string()
    .nullable()
    .describe(
      'how precise lon/lat are: site, address, or the centre of the county, prefecture or province the organisation is known by (not its site)',
    ),
  industries: strings,
  industryLabels: strings,
  tags: strings,
  synthetic: z.boolean(),
  verified: z.boolean(),
  provenance: RecordProvenance,
});
export type OrganizationView = z.infer<typeof OrganizationView>;

// ── The list ───────────────────────────────────────────────────────────────

/** GET /api/organizations: organisations matching every given filter, one page at a time. */
export const OrganizationListQuery = pagedQuery({
  region: RegionCode.optional().describe('region code of any level (province, prefecture, county)'),
  industry: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('GB/T 4754 code (prefix match), industry name, or label'),
  kind: OrganizationKind.optional(),
  tag: OrganizationTag.optional(),
  q: z.string().max(100).optional().describe('substring of the name'),
  cluster: z.string().max(200).optional().describe('members of this cluster'),
});
export type OrganizationListQuery = z.input<typeof OrganizationListQuery>;
export const OrganizationPage = pageOf(OrganizationView);

// ── One organisation ───────────────────────────────────────────────────────

export const OrganizationIdParams = z.strictObject({ id: z.string().min(1).max(200) });

/** An organisation's figures of one year (confidential). */
export const MeasureYear = z.strictObject({
  year: z.number().int(),
  employees: z.number().nullable(),
  revenue: z.number().nullable(),
  output: z.number().nullable(),
  rdSpend: z.number().nullable(),
  patents: z.number().nullable(),
  sources: FigureSources.describe('where each figure comes from'),
});
export type MeasureYear = z.infer<typeof MeasureYear>;

/** A link of the organisation, in either direction, the other end named. */
export const OrganizationLink = z.strictObject({
  id: z.string(),
  direction: z.enum(['out', 'in']),
  type: z.string(),
  other: z.string(),
  otherName: z.string().nullable(),
  otherKind: z.string().nullable(),
  product: z.string().nullable(),
  /** Absent or null when the viewer may not see it. */
  value: z.number().nullable().optional().describe('confidential'),
  /** The value's unit where the data say it (core/model/link-value-unit.ts); null: not given. */
  valueUnit: z.enum(['yuan10k']).nullable(),
  year: z.number().int().nullable(),
  synthetic: z.boolean(),
  verified: z.boolean(),
  provenance: RecordProvenance,
});
export type OrganizationLink = z.infer<typeof OrganizationLink>;

export const OrganizationDetail = OrganizationView.extend({
  restricted: z
    .boolean()
    .optional()
    .describe('set when confidential figures were withheld from this viewer'),
  address: z.string().nullable(),
  crs: z.string().nullable(),
  externalIds: z.record(z.string(), z.string()),
  measures: z
    .array(MeasureYear)
    .describe('confidential: admin, analyst, or the member itself (empty for others)'),
  links: z.array(OrganizationLink),
  clusters: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      role: z.string().nullable(),
    }),
  ),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetail>;

// ── Edits ──────────────────────────────────────────────────────────────────

const nullableText = (max: number) => z.string().max(max).nullable().optional();

/** PATCH /api/organizations/:id: the fields a person may change by hand (at least one). */
export const OrganizationEdit = z
  .strictObject({
    name: z.string().min(1).max(300).optional(),
    nameEn: nullableText(300),
    uscc: nullableText(18),
    kind: OrganizationKind.optional(),
    region: RegionCode.nullable().optional(),
    address: nullableText(500),
    industries: z.array(z.string().max(100)).max(50).optional(),
    tags: z.array(OrganizationTag).max(20).optional(),
  })
  .meta({ minProperties: 1 });
export type OrganizationEdit = z.input<typeof OrganizationEdit>;

/** POST /api/organizations/:id/merge: the duplicate merged into the organisation. */
export const MergeInput = z.strictObject({ from: z.string().min(1).max(200) });

export const MergeAnswer = z.strictObject({
  into: z.string(),
  from: z.string(),
  /** Rows moved to the kept record, by table. */
  moved: z.record(z.string(), z.number().int()),
  droppedLinks: z.number().int(),
});
export type MergeAnswer = z.infer<typeof MergeAnswer>;
