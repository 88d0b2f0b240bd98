import type { RegionLevel } from '../../core/model/region.ts';
import type { Duck, Params, Row } from '../duck.ts';

/** A region as screens show it: names, place in the hierarchy, centroid (GCJ-02). */
export interface RegionRow {
  code: string;
  level: RegionLevel;
  parent: string | null;
  nameZh: string;
  nameEn: string | null;
  province: string;
  prefecture: string | null;
  lon: number | null;
  lat: number | null;
}

export interface RegionQuery {
  level?: RegionLevel;
  parent?: string;
  /** Only these codes (used to name the regions of clusters). */
  codes?: readonly string[];
}

const SELECT = `SELECT code, level, parent, name_zh, name_en, province, prefecture, lon, lat
                FROM regions`;

function toRegion(r: Row): RegionRow {
  return {
    code: String(r.code),
    level: r.level as RegionLevel,
    parent: (r.parent as string | null) ?? null,
    nameZh: String(r.name_zh),
    nameEn: (r.name_en as string | null) ?? null,
    province: String(r.province),
    prefecture: (r.prefecture as string | null) ?? null,
    lon: (r.lon as number | null) ?? null,
    lat: (r.lat as number | null) ?? null,
  };
}

/** Regions by level and/or parent code, in code order. Filters are bound parameters. */
export async function readRegions(db: Duck, q: RegionQuery = {}): Promise<RegionRow[]> {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (q.level) {
    where.push('level = $level');
    params.level = q.level;
  }
  if (q.parent) {
    where.push('parent = $parent');
    params.parent = q.parent;
  }
  if (q.codes) {
    if (q.codes.length === 0) return [];
    // One placeholder per code: the SQL text depends on the count only, never on the values.
    const names = q.codes.map((c, i) => {
      params[`c${i}`] = c;
      return `$c${i}`;
    });
    where.push(`code IN (${names.join(', ')})`);
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY code`;
  return (await db.all(sql, params as Params)).map(toRegion);
}
