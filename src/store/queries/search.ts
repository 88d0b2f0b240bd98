import type { Duck } from '../duck.ts';

/** One hit of the search box: what it is, its id or code, its names and a hint to tell hits apart. */
export interface SearchHit {
  type: 'cluster' | 'organization' | 'region' | 'industry';
  id: string;
  name: string;
  nameEn: string | null;
  /** The kind of organisation, the level of a region, the scheme of an industry, a cluster's field. */
  detail: string | null;
  synthetic: boolean;
}

/**
 * Names containing the text (case-insensitive, zh or en), an exact USCC or
 * an exact code; per type, exact matches first, then names starting with the
 * text, then the shortest names. The text is a bound parameter.
 */
export async function querySearch(db: Duck, text: string, limit: number): Promise<SearchHit[]> {
  const rank = (name: string, exact: string) =>
    `CASE WHEN ${exact} THEN 0 WHEN starts_with(lower(${name}), lower($q)) THEN 1 ELSE 2 END, length(${name}), ${name}`;
  const has = (name: string, en: string) =>
    `(contains(lower(${name}), lower($q)) OR contains(lower(coalesce(${en}, '')), lower($q)))`;
  const params = { q: text, limit };
  // GB/T 4754 codes are stored bare ('3976'); people also write them with their section letter ('C3976').
  const bareCode = "regexp_replace(upper($q), '^[A-Z](\\d)', '\\1')";
  const [clusters, organizations, regions, industries] = await Promise.all([
    db.all(
      `SELECT id, name, name_en, field AS detail, synthetic FROM clusters
       WHERE ${has('name', 'name_en')} OR id = $q
       ORDER BY ${rank('name', 'id = $q')} LIMIT $limit`,
      params,
    ),
    db.all(
      `SELECT id, name, name_en, kind AS detail, synthetic FROM organizations
       WHERE ${has('name', 'name_en')} OR uscc = upper($q) OR id = $q
       ORDER BY ${rank('name', '(uscc = upper($q) OR id = $q)')} LIMIT $limit`,
      params,
    ),
    db.all(
      `SELECT code AS id, name_zh AS name, name_en, level AS detail, false AS synthetic FROM regions
       WHERE ${has('name_zh', 'name_en')} OR code = $q
       ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'prefecture' THEN 1 ELSE 2 END,
                ${rank('name_zh', 'code = $q')} LIMIT $limit`,
      params,
    ),
    db.all(
      `SELECT code AS id, name_zh AS name, name_en, scheme AS detail, false AS synthetic FROM industries
       WHERE ${has('name_zh', 'name_en')} OR code = ${bareCode}
       ORDER BY ${rank('name_zh', `code = ${bareCode}`)}, level LIMIT $limit`,
      params,
    ),
  ]);
  const hits = (type: SearchHit['type'], rows: Record<string, unknown>[]): SearchHit[] =>
    rows.map((r) => ({
      type,
      id: String(r.id),
      name: String(r.name),
      nameEn: (r.name_en as string | null) ?? null,
      detail: (r.detail as string | null) ?? null,
      synthetic: Boolean(r.synthetic),
    }));
  return [
    ...hits('cluster', clusters),
    ...hits('organization', organizations),
    ...hits('region', regions),
    ...hits('industry', industries),
  ];
}
