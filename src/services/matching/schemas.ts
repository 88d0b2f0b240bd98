import { z } from 'zod';
import { Provenance } from '../../core/model/provenance.ts';
import { RegionCode } from '../../core/model/region.ts';

/** What a demand asks for (issue 9): a product, material, part, service or technology. */
export const DemandKind = z.enum(['product', 'material', 'part', 'service', 'technology']);
/** Who may see a demand: anyone, the members of its cluster, or invited firms only. */
export const Visibility = z.enum(['open', 'cluster', 'invited']);
export const SizeWanted = z.enum(['sme', 'large']);

export const DemandInput = z.object({
  id: z.string().min(1).optional(),
  organization: z.string().min(1),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  kind: DemandKind.default('part'),
  specification: z.string().optional(),
  quantity: z.number().finite().min(0).optional(),
  unit: z.string().optional(),
  /** Where the supply is wanted (GB/T 2260); default: the buyer's own region. */
  region: RegionCode.optional(),
  /** Chain node ids or GB/T 4754 classes. */
  nodes: z.array(z.string().min(1)).default([]),
  wantedSize: SizeWanted.optional(),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
  visibility: Visibility.default('cluster'),
  invited: z.array(z.string().min(1)).default([]),
  cluster: z.string().optional(),
  provenance: Provenance.optional(),
});
export type DemandInput = z.input<typeof DemandInput>;

export const CapabilityKind = z.enum(['product', 'process', 'service', 'technology']);

export const CapabilityInput = z.object({
  id: z.string().min(1).optional(),
  organization: z.string().min(1),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  kind: CapabilityKind.default('product'),
  products: z.array(z.string().min(1)).default([]),
  processes: z.array(z.string().min(1)).default([]),
  certifications: z.array(z.string().min(1)).default([]),
  capacity: z.string().optional(),
  nodes: z.array(z.string().min(1)).default([]),
  provenance: Provenance.optional(),
});
export type CapabilityInput = z.input<typeof CapabilityInput>;

/** Outcome states of a match; contract and declined are final. */
export const MatchStatus = z.enum([
  'proposed',
  'contacted',
  'sample_trial',
  'contract',
  'declined',
]);
export type MatchStatus = z.infer<typeof MatchStatus>;

export const PoolConsent = z.enum(['pending', 'granted', 'refused', 'withdrawn']);
export type PoolConsent = z.infer<typeof PoolConsent>;

/** Public service platform categories (issue 9). */
export const PlatformCategory = z.enum([
  'testing',
  'pilot',
  'design',
  'standards',
  'training',
  'finance',
  'other',
]);
export type PlatformCategory = z.infer<typeof PlatformCategory>;

/** Parses input, turning zod issues into ATLAS_E_BAD_VALUE. */
export { parseInput } from './parse-input.ts';
