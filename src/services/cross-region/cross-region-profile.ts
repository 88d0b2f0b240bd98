import type { CrossRegionProfile } from '../../contract/cross-region.ts';
import { seesAllFigures, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readClusterMeasures,
  type MemberMeasureRow,
} from '../../store/queries/cluster-measures.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import {
  readMemberTies,
  readPlacedMembers,
  type PlacedMemberRow,
} from '../../store/queries/cross-region.ts';
import { readRegions, type RegionRow } from '../../store/queries/regions.ts';
import { getChainTemplate } from '../chain/templates.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { cachedResult, cacheKey } from '../cache.ts';
import { syntheticMark, syntheticWarnings } from '../synthetic-share.ts';
import { sortTies } from './border-ties.ts';
import { duplicatedAttraction } from './duplicated-attraction.ts';
import { groupSums, latestYears, type PartSum } from './part-figures.ts';

const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;

function byKind(ms: readonly PlacedMemberRow[]) {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return [...counts.entries()]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

/** The provinces and their cities: the cluster's own regions and wherever its members stand. */
function layout(regions: readonly string[], members: readonly PlacedMemberRow[]) {
  const cities = new Map<string, Set<string>>();
  const add = (p: string, c: string | null) => {
    const set = cities.get(p) ?? new Set<string>();
    if (c) set.add(c);
    cities.set(p, set);
  };
  for (const r of regions) add(provinceOf(r), r.endsWith('0000') ? null : `${r.slice(0, 4)}00`);
  for (const m of members) if (m.province) add(m.province, m.prefecture);
  return cities;
}

interface PartsInput {
  provinces: string[];
  cities: Map<string, Set<string>>;
  members: PlacedMemberRow[];
  rows: MemberMeasureRow[];
  guard: boolean;
  name: (code: string) => RegionRow | undefined;
  ties: ReturnType<typeof sortTies>;
  clusterRegions: string[];
}

/** Each province with its cities: members, summed size (withheld group by group), ties within. */
function buildParts(x: PartsInput) {
  const years = latestYears(x.rows);
  const ids = (pred: (m: PlacedMemberRow) => boolean) =>
    new Set(x.members.filter(pred).map((m) => m.id));
  const part = (code: string, ms: PlacedMemberRow[], figures: PartSum[], within: number) => ({
    code,
    nameZh: x.name(code)?.nameZh ?? code,
    nameEn: x.name(code)?.nameEn ?? x.name(code)?.nameZh ?? code,
    members: ms.length,
    synthetic: ms.filter((m) => m.synthetic).length,
    byKind: byKind(ms),
    figures,
    tiesWithin: within,
  });
  const inProvince = (p: string) => (m: PlacedMemberRow) => m.province === p;
  const inCity = (c: string) => (m: PlacedMemberRow) => m.prefecture === c;
  const provinceSums = groupSums(
    x.provinces.map((p) => ids(inProvince(p))),
    x.rows,
    years,
    x.guard,
  );
  return x.provinces.map((p, i) => {
    const cs = [...x.cities.get(p)!].sort();
    const withheld = Object.fromEntries(provinceSums[i]!.map((s) => [s.measure, s.suppressed]));
    const citySums = groupSums(
      cs.map((c) => ids(inCity(c))),
      x.rows,
      years,
      x.guard,
      withheld as Record<PartSum['measure'], boolean>,
    );
    const within = (m: Map<string, number>, code: string) => m.get(code) ?? 0;
    return {
      ...part(
        p,
        x.members.filter(inProvince(p)),
        provinceSums[i]!,
        within(x.ties.withinByProvince, p),
      ),
      cities: cs.map((c, j) => ({
        ...part(c, x.members.filter(inCity(c)), citySums[j]!, within(x.ties.withinByCity, c)),
        inCluster: x.clusterRegions.includes(c),
      })),
    };
  });
}

/**
 * A cluster by its sides: per province and per city its members (by kind,
 * synthetic counted apart), their summed size (part-figures.ts, withheld by
 * the disclosure rule), the ties within each side and the ties across the
 * border (border-ties.ts), and the chain nodes both sides attract
 * (duplicated-attraction.ts). Works for any cluster; `crossProvince` says
 * whether it spans provinces.
 */
export async function crossRegionProfile(
  db: Duck,
  id: string,
  viewer: Viewer,
): Promise<CrossRegionProfile> {
  const cluster = await readCluster(db, id);
  if (!cluster) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${id}`, { id });
  const members = await readPlacedMembers(db, id);
  const cities = layout(cluster.regions, members);
  const provinces = [...cities.keys()].sort();
  const names = new Map(
    (
      await readRegions(db, {
        codes: [...provinces, ...[...cities.values()].flatMap((s) => [...s])],
      })
    ).map((r) => [r.code, r]),
  );
  const tieRows = await readMemberTies(db, id);
  const ties = sortTies(members, tieRows);
  const mark = syntheticMark(members, tieRows);
  const provinceParts = buildParts({
    provinces,
    cities,
    members,
    rows: await readClusterMeasures(db, id),
    guard: !seesAllFigures(viewer),
    name: (code) => names.get(code),
    ties,
    clusterRegions: cluster.regions,
  });
  const templateId = cluster.chainTemplates[0];
  const template = templateId ? await getChainTemplate(templateId, db) : null;
  const memberIds = new Set(members.map((m) => m.id));
  const crossProvince = provinces.length > 1;
  // Viewer-free (gaps and actions, no figure): kept until the next write (services/cache.ts).
  const attraction =
    template && crossProvince
      ? await cachedResult(
          db,
          cacheKey('cross-region-attraction', { cluster: cluster.id, template: template.id }),
          () => duplicatedAttraction(db, cluster, template, provinces, memberIds),
        )
      : null;
  return {
    cluster: { id: cluster.id, name: cluster.name, nameEn: cluster.nameEn },
    crossProvince,
    provinces: provinceParts.map((p) => ({ ...p, chain: attraction?.sides.get(p.code) ?? null })),
    unplaced: members.filter((m) => !m.province).length,
    ties: { counts: ties.counts, across: ties.across },
    template: template && { id: template.id, nameZh: template.nameZh, nameEn: template.nameEn },
    duplicated: attraction?.duplicated ?? [],
    synthetic: mark,
    warnings: answerWarnings(syntheticWarnings(mark, 'of this cluster and its ties')),
  };
}
