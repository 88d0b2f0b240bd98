import { z } from 'zod';
import { Provenance } from './provenance.ts';
import { RegionCode } from './region.ts';

/**
 * The fields MIIT's national list is counted by (new-generation IT 12, raw
 * materials 7, equipment 17, light consumer goods 5, biomedicine 4), as
 * 《产城》 magazine (May 2023) 跨省域电子信息先进制造业集群如何共建? gives them.
 */
export const ClusterField = z.enum([
  'new_generation_it',
  'raw_materials',
  'equipment',
  'consumer_goods',
  'biomedicine',
  'other',
]);

export const ClusterMember = z.object({
  organization: z.string().min(1),
  role: z.string().optional(),
  /** Where the membership comes from (a seed's statement, an inference rule); absent: the cluster's own. */
  provenance: Provenance.optional(),
});

export const Cluster = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  /** Region codes the cluster spans: one or several provinces or prefectures. */
  regions: z.array(RegionCode).min(1),
  industries: z.array(z.string()).default([]),
  field: ClusterField.optional(),
  /** e.g. 'national' for MIIT's list; 'user' for one a user defined. */
  designation: z.enum(['national', 'provincial', 'user', 'seed']).default('user'),
  /** Competition round for national clusters (1, 2, 3). */
  round: z.number().int().min(1).optional(),
  members: z.array(ClusterMember).default([]),
  chainTemplates: z.array(z.string()).default([]),
  provenance: Provenance,
});
export type Cluster = z.infer<typeof Cluster>;
export type ClusterInput = z.input<typeof Cluster>;
