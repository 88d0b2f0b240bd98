/**
 * Organisations (enterprises, universities, institutes, platforms, agencies)
 * as the API, the CLI and the web see them (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';
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
