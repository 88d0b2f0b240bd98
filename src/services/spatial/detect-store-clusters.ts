import { declareAggregates } from '../../core/access/disclosure.ts';
import { AtlasError } from '../../core/errors.ts';
import { concaveHull, DEFAULT_CONCAVE_K } from '../../analytics/spatial/concave-hull.ts';
import { describeClusters } from '../../analytics/spatial/describe-clusters.ts';
import { SphereIndex } from '../../analytics/spatial/sphere-index.ts';
import { surroundingsLq, type SurroundingsLq } from '../../analytics/spatial/surroundings-lq.ts';
import { gcj02ToWgs84 } from '../../analytics/spatial/gcj02.ts';
import type { KnownClusterMatch } from '../../contract/spatial.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readFirmPoints,
  readKnownClusters,
  type FirmPointFilter,
  type FirmPointRow,
  type KnownClusterRow,
} from '../../store/queries/spatial.ts';
import { checkDetectOptions, cluster, type DetectMethod } from './detect-points.ts';
import { groupFirms } from './group-firms.ts';

/** GB/T 2260: a code's province is its first two digits followed by 0000. */
export function provinceOfCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 2)}0000` : code;
}

export interface StoreDetectOptions {
  /** GB/T 4754 code prefix, tag, or chain node `chain:TEMPLATE/NODE` (group-firms.ts). */
  industry: string;
  regions?: string[];
  epsKm: number;
  minPoints: number;
  minSamples?: number;
  method?: DetectMethod;
  measure?: FirmPointFilter['measure'];
  excludeSynthetic?: boolean;
  /** Radius of the surroundings an LQ compares the cluster with (default 100 km). */
  surroundingsKm?: number;
  /** Neighbours of the concave outline (default 6; see concave-hull.ts). */
  concaveK?: number;
}

export const DEFAULT_SURROUNDINGS_KM = 100;
/** Above this many members the concave outline (quadratic) falls back to the convex hull. */
export const CONCAVE_MAX_MEMBERS = 2000;

export interface DetectedCluster {
  cluster: number;
  size: number;
  weight: number;
  syntheticMembers: number;
  /** WGS-84 [lon, lat]. */
  centroid: [number, number];
  /** Outline ring, WGS-84 [lon, lat] pairs, counter-clockwise, not closed (convex hull). */
  outline: Array<[number, number]>;
  /** The same, concave (k-nearest concave hull), following the bays of the cluster. */
  concaveOutline: Array<[number, number]>;
  /** How concaveOutline was drawn: the k used, or 'convex' when it fell back. */
  concaveMethod: 'concave' | 'convex';
  concaveK: number;
  /** The group's LQ where the cluster is against its surroundings (surroundings-lq.ts). */
  surroundings: SurroundingsLq;
  members: string[];
  /** Members per industry code inside the requested group (all codes for a tag), most first. */
  industryMix: Array<{ industry: string; firms: number }>;
  provinces: string[];
  prefectures: string[];
  /** More than one province, or more than one prefecture. */
  spansSeveralUnits: boolean;
  /** Known clusters whose regions and industries both overlap this one's members. */
  matches: string[];
  status: 'new' | 'matched';
}

/** A known cluster some detected cluster matches (src/contract/spatial.ts). */
export type KnownClusterReport = KnownClusterMatch;

export interface StoreDetectResult {
  crs: 'WGS84';
  points: number;
  converted: number;
  clusters: DetectedCluster[];
  known: KnownClusterReport[];
  /** Per firm: its id and cluster (−1 noise), ordered by id. */
  labels: Array<{ id: string; cluster: number }>;
}

function mix(lists: string[][]): Array<{ industry: string; firms: number }> {
  const count = new Map<string, number>();
  for (const codes of lists) for (const c of new Set(codes)) count.set(c, (count.get(c) ?? 0) + 1);
  return [...count]
    .map(([industry, firms]) => ({ industry, firms }))
    .sort((a, b) => b.firms - a.firms || a.industry.localeCompare(b.industry));
}

function overlapsIndustry(firm: string[], known: string[]): boolean {
  return firm.some((c) => known.some((k) => c.startsWith(k) || k.startsWith(c)));
}

function coversFirm(k: KnownClusterRow, f: FirmPointRow): boolean {
  return k.regions.some((r) => r === f.province || r === f.prefecture || r === f.region);
}

/**
 * Detects clusters among the located firms of an industry group (GB/T 4754
 * code prefix or a tag) in some regions, and compares them with the known
 * clusters of the store.
 *
 * Datum: every coordinate is brought to WGS-84 before clustering (GCJ02 rows
 * converted with analytics/spatial/gcj02.ts; rows with no crs are taken as
 * WGS-84); centroids and outlines are WGS-84.
 * Units: a detected cluster spans the provinces and prefectures of its
 * member firms (organizations.province / prefecture).
 * Matching: a known cluster matches a detected one when at least one member
 * firm lies in one of its regions (province, prefecture or county code) and
 * has an industry that overlaps its industries (one code a prefix of the
 * other; only the firm's codes inside the requested group count, so a
 * phone maker that also lists a software code does not match a software
 * cluster when electronics (39) was asked for). Known clusters without
 * industries never match (unknown).
 */
export async function detectStoreClusters(
  db: Duck,
  o: StoreDetectOptions,
): Promise<StoreDetectResult> {
  checkStoreDetectOptions(o);
  const firms = await groupFirms(db, {
    group: o.industry,
    regions: o.regions ?? [],
    measure: o.measure,
    excludeSynthetic: o.excludeSynthetic,
  });
  const { lon, lat, converted } = wgs84(firms);
  const weights = o.measure
    ? Float64Array.from(firms, (f) => Math.max(0, f.weight ?? 0))
    : undefined;
  const { labels } = cluster(lon, lat, o, weights);
  const around = await surroundingsIndex(db, firms, o);
  const described = describeClusters(lon, lat, labels, {
    weights,
    regionOf: (i) => firms[i].prefecture ?? firms[i].province ?? undefined,
  });
  const known = await readKnownClusters(db);
  const ctx: DetectContext = { firms, lon, lat, weights, around, known, o };
  const clusters = described.map((d) => detectedCluster(d, ctx));
  return {
    crs: 'WGS84',
    points: firms.length,
    converted,
    clusters,
    known: knownReports(known, clusters),
    labels: firms.map((f, i) => ({ id: f.id, cluster: labels[i] })),
  };
}

function checkStoreDetectOptions(o: StoreDetectOptions): void {
  checkDetectOptions(o);
  if (o.surroundingsKm !== undefined && !(o.surroundingsKm > 0 && o.surroundingsKm <= 2000))
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'surroundings radius must be in (0, 2000] km', {
      field: 'surroundingsKm',
      value: o.surroundingsKm,
    });
  if (o.concaveK !== undefined && !(Number.isInteger(o.concaveK) && o.concaveK >= 3))
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'the concave outline needs an integer k ≥ 3', {
      field: 'concaveK',
      value: o.concaveK,
    });
  if (!o.industry.trim())
    throw new AtlasError('ATLAS_E_USAGE', 'give an industry code prefix or tag (--industry)');
}

/** The firms' coordinates in WGS-84 (GCJ-02 rows converted, counted). */
function wgs84(firms: readonly FirmPointRow[]): {
  lon: Float64Array;
  lat: Float64Array;
  converted: number;
} {
  const lon = new Float64Array(firms.length);
  const lat = new Float64Array(firms.length);
  let converted = 0;
  firms.forEach((f, i) => {
    const [x, y] = f.crs === 'GCJ02' ? gcj02ToWgs84(f.lon, f.lat) : [f.lon, f.lat];
    if (f.crs === 'GCJ02') converted++;
    lon[i] = x;
    lat[i] = y;
  });
  return { lon, lat, converted };
}

/** What describing one detected cluster needs of the whole detection. */
interface DetectContext {
  firms: FirmPointRow[];
  lon: Float64Array;
  lat: Float64Array;
  weights: Float64Array | undefined;
  around: Awaited<ReturnType<typeof surroundingsIndex>>;
  known: KnownClusterRow[];
  o: StoreDetectOptions;
}

/** The provinces and prefectures of some firms, each sorted. */
function unitsOf(members: readonly FirmPointRow[]): { provinces: string[]; prefectures: string[] } {
  const provinces = [
    ...new Set(
      members
        .map((f) => f.province ?? (f.prefecture ? provinceOfCode(f.prefecture) : null))
        .filter((x): x is string => !!x),
    ),
  ].sort();
  const prefectures = [
    ...new Set(members.map((f) => f.prefecture).filter((x): x is string => !!x)),
  ].sort();
  return { provinces, prefectures };
}

/** One detected cluster with its outlines, surroundings, units and the known clusters it matches. */
function detectedCluster(
  d: ReturnType<typeof describeClusters>[number],
  { firms, lon, lat, weights, around, known, o }: DetectContext,
): DetectedCluster {
  const members = d.members.map((i) => firms[i]);
  // With a measure, the weight and the weighted centroid are confidential aggregates of the members'.
  const revealed = weights ? [d.members.map((i) => ({ id: firms[i].id, value: weights[i] }))] : [];
  const { provinces, prefectures } = unitsOf(members);
  // Match on the member's codes inside the requested group (all its codes when the group is a tag).
  const group = o.industry.trim();
  const inGroup = (f: FirmPointRow) => {
    const codes = f.industries.filter((c) => c.startsWith(group));
    return codes.length > 0 ? codes : f.industries;
  };
  const matches = known
    .filter((k) => k.industries.length > 0)
    .filter((k) =>
      members.some((f) => coversFirm(k, f) && overlapsIndustry(inGroup(f), k.industries)),
    )
    .map((k) => k.id);
  const concave =
    d.size <= CONCAVE_MAX_MEMBERS
      ? concaveHull(lon, lat, d.members, o.concaveK ?? DEFAULT_CONCAVE_K)
      : { ring: d.hull, k: d.size, method: 'convex' as const };
  return declareAggregates(
    {
      cluster: d.cluster,
      size: d.size,
      weight: d.weight,
      syntheticMembers: members.filter((f) => f.synthetic).length,
      centroid: d.centroid,
      outline: d.hull.map((i) => [lon[i], lat[i]] as [number, number]),
      concaveOutline: concave.ring.map((i) => [lon[i], lat[i]] as [number, number]),
      concaveMethod: concave.method,
      concaveK: concave.k,
      surroundings: surroundingsLq(
        around.index,
        around.inGroup,
        d.members.map((i) => around.of[i]),
        d.centroid,
        o.epsKm,
        o.surroundingsKm ?? DEFAULT_SURROUNDINGS_KM,
      ),
      members: members.map((f) => f.id),
      industryMix: mix(members.map(inGroup)),
      provinces,
      prefectures,
      spansSeveralUnits: provinces.length > 1 || prefectures.length > 1,
      matches,
      status: matches.length > 0 ? 'matched' : 'new',
    } satisfies DetectedCluster,
    [
      { path: ['weight'], sets: revealed },
      { path: ['centroid'], sets: revealed },
    ],
  );
}

/** The known clusters some detected cluster matches, with the units those span together. */
function knownReports(
  known: readonly KnownClusterRow[],
  clusters: readonly DetectedCluster[],
): KnownClusterReport[] {
  const reports: KnownClusterReport[] = [];
  for (const k of known) {
    const hit = clusters.filter((c) => c.matches.includes(k.id));
    if (hit.length === 0) continue;
    const dp = [...new Set(hit.flatMap((c) => c.provinces))].sort();
    const dq = [...new Set(hit.flatMap((c) => c.prefectures))].sort();
    reports.push({
      id: k.id,
      name: k.name,
      designation: k.designation,
      regions: k.regions,
      provinces: [...new Set(k.regions.map(provinceOfCode))].sort(),
      detected: hit.map((c) => c.cluster),
      detectedProvinces: dp,
      detectedPrefectures: dq,
      spansSeveralUnits: dp.length > 1 || dq.length > 1,
    });
  }
  return reports;
}

/**
 * Every located firm of the store (any industry, any region: surroundings
 * cross borders), WGS-84, indexed; which of them are in the group; and where
 * each firm of the group sits in that index.
 */
async function surroundingsIndex(
  db: Duck,
  group: FirmPointRow[],
  o: StoreDetectOptions,
): Promise<{ index: SphereIndex; inGroup: Uint8Array; of: Int32Array }> {
  const all = await readFirmPoints(db, {
    industry: '',
    regions: [],
    excludeSynthetic: o.excludeSynthetic,
  });
  const lon = new Float64Array(all.length);
  const lat = new Float64Array(all.length);
  const at = new Map<string, number>();
  all.forEach((f, i) => {
    const [x, y] = f.crs === 'GCJ02' ? gcj02ToWgs84(f.lon, f.lat) : [f.lon, f.lat];
    lon[i] = x;
    lat[i] = y;
    at.set(f.id, i);
  });
  const inGroup = new Uint8Array(all.length);
  const of = Int32Array.from(group, (f) => at.get(f.id) ?? -1);
  for (const i of of) inGroup[i] = 1;
  return { index: new SphereIndex(lon, lat), inGroup, of };
}
