import { z } from 'zod';
import { Provenance } from './provenance.ts';

export const LinkType = z.enum([
  'supply', // from supplies to (the part or material in `product`)
  'collaboration', // R&D: 产学研 project, co-patent, joint lab
  'ownership',
  'investment',
  'membership', // of a cluster, park, alliance or micro-cluster
  'service', // a platform or provider serving a firm
  'competition',
]);
export type LinkType = z.infer<typeof LinkType>;

export const Link = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  type: LinkType,
  /** The product, part, material or topic of the link. */
  product: z.string().optional(),
  value: z.number().finite().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  provenance: Provenance,
});
export type Link = z.infer<typeof Link>;
export type LinkInput = z.input<typeof Link>;
