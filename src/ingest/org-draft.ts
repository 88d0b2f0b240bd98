import type {
  OrganizationKind,
  OrganizationTag,
  YearlyMeasures,
} from '../core/model/organization.ts';
import type { ProvenanceInput } from './provenance-input.ts';

/** One organisation as read from one or more rows, before ids and schema parsing. */
export interface OrgDraft {
  /** Source row numbers, first one first. */
  rows: number[];
  id?: string;
  name: string;
  nameEn?: string;
  uscc?: string;
  kind: OrganizationKind;
  /** Whether kind came from a cell (not the default). */
  kindGiven: boolean;
  region?: string;
  regionLevel?: number;
  address?: string;
  coordinates?: [number, number];
  crs?: 'WGS84' | 'GCJ02';
  industries: string[];
  industryLabels: string[];
  tags: OrganizationTag[];
  externalIds: Record<string, string>;
  measures: YearlyMeasures[];
  provenance: ProvenanceInput;
}
