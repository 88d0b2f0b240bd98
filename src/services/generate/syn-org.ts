import type { OrganizationInput } from '../../core/model/organization.ts';
import type { Product } from './load-default-data.ts';

/** A synthetic organisation as made: its record, its role in the cluster, its product and cluster. */
export type SynRole = 'leader' | 'tier1' | 'tier2' | 'sme' | 'service' | 'institute' | 'promoter';

export interface SynOrg {
  rec: OrganizationInput;
  role: SynRole;
  product?: Product;
  networked: boolean;
  cluster: string;
}
