import { listValue } from '@duckdb/node-api';
import type { Duck } from '../duck.ts';

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

/** Above this many organisations, the search reads only those its text could match. */
export const SEARCH_ALL_ORGANIZATIONS_MAX = 50_000;

/**
 * Every organisation, or, in an atlas of more than
 * SEARCH_ALL_ORGANIZATIONS_MAX, those whose name, short name or English name
 * holds one of the query's hanzi or Latin words, or whose id or USCC is the
 * text (pinyin alone then finds firms through their English names only).
 * The texts are bound parameters.
 */
async function organizationCandidates(
  db: Duck,
  hints: { hanzi: string[]; words: string[]; exact: string } | undefined,
) {
  const select = `SELECT id, name, name_en, kind, uscc,
      json_extract_string(external_ids, '$.stock_name') AS short_name, synthetic FROM organizations`;
  const n = Number((await db.one('SELECT count(*) AS n FROM organizations'))?.n ?? 0);
  if (n <= SEARCH_ALL_ORGANIZATIONS_MAX || !hints) return db.all(select);
  const text = `(name || ' ' || coalesce(json_extract_string(external_ids, '$.stock_name'), '') || ' ' || lower(coalesce(name_en, '')))`;
  return db.all(
    `${select} WHERE id = $exact OR uscc = upper($exact)
       OR list_has_any(string_split_regex(${text}, ''), $hanzi::VARCHAR[])
       OR len(list_filter($words::VARCHAR[], w -> contains(${text}, w))) > 0
     LIMIT 20000`,
    { exact: hints.exact, hanzi: listValue(hints.hanzi), words: listValue(hints.words) },
  );
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Public fields only; one read per table. */
export async function readSearchCandidates(
  db: Duck,
  want: {
    clusters: boolean;
    organizations: boolean;
    regions: boolean;
    industries: boolean;
    /** In a large atlas, only organisations whose names hold one of these (see organizationCandidates). */
    organizationHints?: { hanzi: string[]; words: string[]; exact: string };
  },
): Promise<SearchCandidates> {
  const none = Promise.resolve([]);
  const [clusters, organizations, regions, industries] = await Promise.all([
    want.clusters
      ? db.all(`SELECT id, name, name_en, field, regions, synthetic FROM clusters`)
      : none,
    want.organizations ? organizationCandidates(db, want.organizationHints) : none,
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
