import type { Industry } from '../core/model/industry.ts';
import type { Region } from '../core/model/region.ts';
import type { Duck, Row } from './duck.ts';

/** Ancestor of a region at a level, walking parents. */
function ancestorAt(
  byCode: Map<string, Region>,
  r: Region,
  level: Region['level'],
): string | undefined {
  let cur: Region | undefined = r;
  while (cur && cur.level !== level) cur = cur.parent ? byCode.get(cur.parent) : undefined;
  return cur?.code;
}

/**
 * Fills the regions and industries tables from the bundled reference data,
 * in one transaction, when they are empty (a new database) or hold fewer
 * English names than the bundled data (a database made before they were added).
 */
export async function ensureReferenceTables(
  db: Duck,
  regions: readonly Region[],
  industries: readonly Industry[],
): Promise<boolean> {
  const row = await db.one(
    `SELECT (SELECT count(*) FROM regions) AS r, (SELECT count(*) FROM industries) AS i,
            (SELECT count(*) FROM regions WHERE name_en IS NOT NULL) AS ren,
            (SELECT count(*) FROM industries WHERE name_en IS NOT NULL) AS ien`,
  );
  // Filled and as complete in English as the bundled data (an older atlas gains new English names).
  const named = (list: readonly { nameEn?: string | null }[]) =>
    list.filter((x) => x.nameEn).length;
  if (
    Number(row?.r) > 0 &&
    Number(row?.i) > 0 &&
    Number(row?.ren) >= named(regions) &&
    Number(row?.ien) >= named(industries)
  )
    return false;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const regionRows: Row[] = regions.map((r) => ({
    code: r.code,
    level: r.level,
    parent: r.parent,
    name_zh: r.nameZh,
    name_en: r.nameEn,
    province: ancestorAt(byCode, r, 'province') ?? r.code.slice(0, 2) + '0000',
    prefecture: r.level === 'province' ? undefined : ancestorAt(byCode, r, 'prefecture'),
    lon: r.centroid?.[0],
    lat: r.centroid?.[1],
  }));
  const industryRows: Row[] = industries.map((i) => ({
    scheme: i.scheme,
    code: i.code,
    level: i.level,
    parent: i.parent,
    name_zh: i.nameZh,
    name_en: i.nameEn,
  }));
  await db.transaction(async (tx) => {
    await tx.exec('DELETE FROM regions');
    await tx.exec('DELETE FROM industries');
    await tx.append(
      'regions',
      [
        { name: 'code', kind: 'varchar' },
        { name: 'level', kind: 'varchar' },
        { name: 'parent', kind: 'varchar' },
        { name: 'name_zh', kind: 'varchar' },
        { name: 'name_en', kind: 'varchar' },
        { name: 'province', kind: 'varchar' },
        { name: 'prefecture', kind: 'varchar' },
        { name: 'lon', kind: 'double' },
        { name: 'lat', kind: 'double' },
      ],
      regionRows,
    );
    await tx.append(
      'industries',
      [
        { name: 'scheme', kind: 'varchar' },
        { name: 'code', kind: 'varchar' },
        { name: 'level', kind: 'integer' },
        { name: 'parent', kind: 'varchar' },
        { name: 'name_zh', kind: 'varchar' },
        { name: 'name_en', kind: 'varchar' },
      ],
      industryRows,
    );
  });
  return true;
}
