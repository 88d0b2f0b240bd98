import type { Duck } from '../duck.ts';

/** One hit of the search box: what it is, its id or code, its names and a hint to tell hits apart. */
export interface SearchHit {
  type: 'cluster' | 'organization' | 'region' | 'industry' | 'chain_node';
  id: string;
  name: string;
  nameEn: string | null;
  /** The kind of organisation, the level of a region, the scheme of an industry, a cluster's field. */
  detail: string | null;
  synthetic: boolean;
}

/** What the search ranks: every cluster, organisation, region and industry with its names. */
export interface SearchCandidates {
  clusters: {
    id: string;
    name: string;
    nameEn: string | null;
    field: string | null;
    regions: string[];
    synthetic: boolean;
  }[];
  organizations: {
    id: string;
    name: string;
    nameEn: string | null;
    kind: string;
    uscc: string | null;
    /** The stock's short name (external id stock_name), when listed. */
    shortName: string | null;
    synthetic: boolean;
  }[];
  regions: {
    code: string;
    name: string;
    nameEn: string | null;
    level: string;
    parent: string | null;
    province: string;
  }[];
  industries: {
    code: string;
    name: string;
    nameEn: string | null;
    scheme: string;
    level: number;
  }[];
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Public fields only; one read per table. */
export async function querySearchCandidates(
  db: Duck,
  want: { clusters: boolean; organizations: boolean; regions: boolean; industries: boolean },
): Promise<SearchCandidates> {
  const none = Promise.resolve([]);
  const [clusters, organizations, regions, industries] = await Promise.all([
    want.clusters
      ? db.all(`SELECT id, name, name_en, field, regions, synthetic FROM clusters`)
      : none,
    want.organizations
      ? db.all(
          `SELECT id, name, name_en, kind, uscc, json_extract_string(external_ids, '$.stock_name') AS short_name,
              synthetic FROM organizations`,
        )
      : none,
    // Clusters are also found by their province's name.
    want.regions || want.clusters
      ? db.all(`SELECT code, name_zh, name_en, level, parent, province FROM regions`)
      : none,
    want.industries ? db.all(`SELECT code, name_zh, name_en, scheme, level FROM industries`) : none,
  ]);
  return {
    clusters: clusters.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      nameEn: str(r.name_en),
      field: str(r.field),
      regions: Array.isArray(r.regions) ? r.regions.map(String) : [],
      synthetic: Boolean(r.synthetic),
    })),
    organizations: organizations.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      nameEn: str(r.name_en),
      kind: String(r.kind),
      uscc: str(r.uscc),
      shortName: str(r.short_name),
      synthetic: Boolean(r.synthetic),
    })),
    regions: regions.map((r) => ({
      code: String(r.code),
      name: String(r.name_zh),
      nameEn: str(r.name_en),
      level: String(r.level),
      parent: str(r.parent),
      province: String(r.province),
    })),
    industries: industries.map((r) => ({
      code: String(r.code),
      name: String(r.name_zh),
      nameEn: str(r.name_en),
      scheme: String(r.scheme),
      level: Number(r.level),
    })),
  };
}
