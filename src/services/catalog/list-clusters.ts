import type { ClusterSummary } from '../../contract/clusters.ts';
import type { NamedRegion } from '../../contract/regions.ts';
import type { RecordProvenance } from '../../contract/record-provenance.ts';
import type { Duck } from '../../store/duck.ts';
import { cachedResult, cacheKey } from '../cache.ts';
import { readClusters, type ClusterRow } from '../../store/queries/clusters.ts';
import { readRegions, type RegionRow } from '../../store/queries/regions.ts';

function named(r: RegionRow): NamedRegion {
  return { code: r.code, level: r.level, nameZh: r.nameZh, nameEn: r.nameEn, province: r.province };
}

/** Adds region names, provinces and a map location to clusters. */
export async function summarise(db: Duck, clusters: ClusterRow[]): Promise<ClusterSummary[]> {
  const codes = new Set<string>();
  for (const c of clusters) for (const r of c.regions) codes.add(r);
  const regions = await readRegions(db, { codes: [...codes] });
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const provinceCodes = new Set(regions.map((r) => r.province));
  const missing = [...provinceCodes].filter((p) => !byCode.has(p));
  for (const r of await readRegions(db, { codes: missing })) byCode.set(r.code, r);

  return clusters.map((c) => {
    const own = c.regions.map((code) => byCode.get(code)).filter((r): r is RegionRow => !!r);
    const provinces: NamedRegion[] = [];
    for (const r of own) {
      const p = byCode.get(r.province);
      if (p && !provinces.some((x) => x.code === p.code)) provinces.push(named(p));
    }
    const first = own[0];
    const location: [number, number] | null =
      first && first.lon !== null && first.lat !== null ? [first.lon, first.lat] : null;
    return {
      ...c,
      provenance: c.provenance as RecordProvenance,
      regionNames: own.map(named),
      provinces,
      location,
    };
  });
}

/** Every cluster with names of its regions, provinces, location and member counts (kept until the next write). */
export function listClusters(db: Duck): Promise<ClusterSummary[]> {
  return cachedResult(db, cacheKey('clusters'), async () => summarise(db, await readClusters(db)));
}
