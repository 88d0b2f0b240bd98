import { z } from 'zod';
import { ClusterMember } from '../../core/model/cluster.ts';
import { Organization, type OrganizationInput } from '../../core/model/organization.ts';
import { DEFAULT_DATA_DIR, check, readJson } from './load-default-data.ts';

/** An inferred membership of data/default/inferred-members.json. */
export const InferredMember = ClusterMember.extend({ cluster: z.string().min(1) });
export type InferredMember = z.infer<typeof InferredMember>;

export interface ListedData {
  /** Every listed firm; a firm the seeds name carries the seed record's id. */
  organizations: OrganizationInput[];
  /** National clusters' members inferred from listed firms' city and industry label. */
  members: InferredMember[];
  /** Each national cluster's GB/T 4754 divisions inferred from its field's labels. */
  industries: { cluster: string; industries: string[]; note: string }[];
}

const ClusterIndustries = z.object({
  cluster: z.string().min(1),
  industries: z.array(z.string().regex(/^\d{2}$/)),
  note: z.string(),
});

/**
 * Reads data/default/listed-firms.json and inferred-members.json (built by
 * scripts/build-default/build-listed-firms.ts from the exchanges' lists);
 * throws ATLAS_E_DATA_INTEGRITY if a record breaks the core schemas.
 */
export function loadListedData(dir: string = DEFAULT_DATA_DIR): ListedData {
  const firms = check(
    z.object({ organizations: z.array(Organization) }),
    readJson(dir, 'listed-firms.json'),
    'listed-firms.json',
  ) as unknown as { organizations: OrganizationInput[] };
  const members = check(
    z.object({ members: z.array(InferredMember), industries: z.array(ClusterIndustries) }),
    readJson(dir, 'inferred-members.json'),
    'inferred-members.json',
  );
  return {
    organizations: firms.organizations,
    members: members.members,
    industries: members.industries,
  };
}

/**
 * One record per organisation: a seed record that is a listed firm keeps the
 * seed's name, place, kind and provenance (the seed is its source), and gains
 * the listed record's stock code, label, address and industry where it has
 * none; the listed record is not kept apart.
 */
export function mergeListed(
  seeds: readonly Organization[],
  listed: readonly Organization[],
): Organization[] {
  const byId = new Map(listed.map((o) => [o.id, o]));
  const merged = seeds.map((s0) => {
    // A seed record's point is the seat of the region it is coded to (data/default/README, rule 2).
    const s =
      s0.coordinates && !s0.locationPrecision && s0.region
        ? { ...s0, locationPrecision: seatPrecision(s0.region) }
        : s0;
    const l = byId.get(s.id);
    if (!l) return s;
    byId.delete(s.id);
    return {
      ...s,
      // The exchange's full legal name beats a seed's short name (美的 → 美的集团股份有限公司).
      name: l.name.endsWith('公司') && !s.name.endsWith('公司') ? l.name : s.name,
      address: s.address ?? l.address,
      industries: s.industries.length > 0 ? s.industries : l.industries,
      industryLabels: [...new Set([...s.industryLabels, ...l.industryLabels])],
      tags: [...new Set([...s.tags, ...l.tags])],
      externalIds: { ...l.externalIds, ...s.externalIds },
      provenance: {
        ...s.provenance,
        note: `${s.provenance.note ?? ''} Listed as ${l.externalIds.ts_code} (${l.name}; ${l.provenance.source}).`.trim(),
      },
    };
  });
  return [...merged, ...byId.values()];
}

/** The level of a GB/T 2260 code: XX0000 province, XXYY00 prefecture, else county. */
function seatPrecision(code: string): 'province' | 'prefecture' | 'county' {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}
