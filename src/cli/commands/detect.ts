import type { Command } from 'commander';
import { DetectQuery, HotspotsQuery } from '../../contract/spatial.ts';
import { AtlasError } from '../../core/errors.ts';
import { bootstrap } from '../../services/bootstrap.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { detectPoints, type DetectMethod } from '../../services/spatial/detect-points.ts';
import { detectStoreClusters } from '../../services/spatial/detect-store-clusters.ts';
import { readPointsFile, type Crs } from '../../services/spatial/read-points-file.ts';
import { storeHotspots } from '../../services/spatial/store-hotspots.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';

interface DetectCliOptions {
  points?: string;
  industry?: string;
  region?: string;
  epsKm?: string;
  minPoints?: string;
  minSamples?: string;
  method?: string;
  crs?: string;
  weight?: string;
  surroundingsKm?: string;
  hotspots?: boolean;
  bandwidthKm?: string;
  cellKm?: string;
  concaveK?: string;
  db?: string;
  out?: string;
  format?: string;
}

const D = DetectQuery.shape;
const H = HotspotsQuery.shape;

/** A number a points file cannot do without (no store, so no contract default). */
function required(flag: string, text: string | undefined): string {
  if (text === undefined)
    throw new AtlasError('ATLAS_E_USAGE', `--points needs --${flag}`, { option: `--${flag}` });
  return text;
}

/**
 * `atlas detect --points FILE --eps-km X --min-points K`: DBSCAN labels per
 * point, output `id,cluster` (−1 noise), equal to scikit-learn's DBSCAN with
 * metric='haversine'. `atlas detect --industry CODE --region CODE[,CODE]`:
 * clusters among the store's firms, the units they span and the known
 * clusters they match.
 */
export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('Find spatial clusters of firms (DBSCAN or HDBSCAN on great-circle distances)')
    .option('--points <file>', 'points file id,lon,lat[,weight] (degrees)')
    .option(
      '--industry <code>',
      'over the store: GB/T 4754 code prefix, tag, or chain node chain:TEMPLATE/NODE',
    )
    .option(
      '--region <codes>',
      'over the store: GB/T 2260 codes, comma-separated (province, prefecture or county)',
    )
    .option('--eps-km <km>', 'neighbourhood radius in km (default 10 over the store)')
    .option(
      '--min-points <k>',
      'points (or weight) within eps, itself included, for a core point (default 8 over the store)',
    )
    .option(
      '--method <method>',
      'dbscan | hdbscan (--min-points is then the min cluster size; no eps)',
      'dbscan',
    )
    .option(
      '--min-samples <k>',
      'hdbscan: neighbours for the core distance, itself included (default --min-points)',
    )
    .option('--crs <crs>', 'datum of the points file: wgs84 | gcj02 (converted to WGS-84)', 'wgs84')
    .option(
      '--weight <measure>',
      'over the store: weight firms by employees | revenue | output | rd_spend | patents',
    )
    .option(
      '--surroundings-km <km>',
      "over the store: radius of the surroundings for each cluster's LQ (default 100)",
    )
    .option('--hotspots', 'over the store: kernel-density hot spots instead of clusters')
    .option('--bandwidth-km <km>', 'hot spots: kernel bandwidth in km (default 5)')
    .option('--cell-km <km>', 'hot spots: grid cell size in km (default 2)')
    .option('--concave-k <k>', 'over the store: neighbours of the concave outline (default 6)')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table')
    .action(runDetect);
}

async function runDetect(opts: DetectCliOptions): Promise<void> {
  cliFormat(opts.format);
  if (opts.crs !== 'wgs84' && opts.crs !== 'gcj02')
    throw new AtlasError('ATLAS_E_USAGE', `--crs must be wgs84 or gcj02, not ${opts.crs}`);
  const method = opts.method as DetectMethod;
  if (Boolean(opts.points) === Boolean(opts.industry))
    throw new AtlasError('ATLAS_E_USAGE', 'give either --points FILE or --industry CODE');
  if (opts.points) return detectPointsFile(opts, opts.points, method);
  const regions = (opts.region ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (opts.hotspots) return detectHotspots(opts, regions);
  return detectInStore(opts, method, regions);
}

/** DBSCAN or HDBSCAN labels of the points of a file: `id,cluster` (−1 noise). */
async function detectPointsFile(
  opts: DetectCliOptions,
  file: string,
  method: DetectMethod,
): Promise<void> {
  const epsKm =
    method === 'hdbscan' ? NaN : numberOption.positive('eps-km', required('eps-km', opts.epsKm));
  // Over a file --min-points may be a weight, so any positive number.
  const minPoints = numberOption.positive('min-points', required('min-points', opts.minPoints));
  const minSamples = numberOption.positiveWhole('min-samples', opts.minSamples);
  const points = await readPointsFile(file, opts.crs as Crs);
  const r = detectPoints(points, { epsKm, minPoints, minSamples, method });
  const noise = r.labels.filter((l) => l < 0).length;
  say(`${points.ids.length} points: ${r.clusterCount} clusters, ${noise} noise`);
  emit(r.rows, { format: opts.format, out: opts.out }, ['id', 'cluster']);
}

/** Kernel-density hot spots of the store's located firms. */
async function detectHotspots(opts: DetectCliOptions, regions: string[]): Promise<void> {
  const h = await withAtlas({ path: opts.db }, async (db) => {
    const boot = await bootstrap(db);
    for (const w of boot.warnings) say(`warning ${w.code}: ${w.message}`);
    return storeHotspots(db, {
      industry: opts.industry as string,
      regions,
      bandwidthKm: numberOption.contract('bandwidth-km', H.bandwidthKm, opts.bandwidthKm),
      cellKm: numberOption.contract('cell-km', H.cellKm, opts.cellKm),
    });
  });
  say(
    `${h.points} located firms, ${h.rows} × ${h.cols} cells of ${h.cellKm} km, bandwidth ${h.bandwidthKm} km: ${h.hotspots.length} hot spots`,
  );
  emit(
    h.hotspots.map((p) => ({ lon: p.lon, lat: p.lat, density_per_km2: p.density })),
    { format: opts.format, out: opts.out },
    ['lon', 'lat', 'density_per_km2'],
  );
}

/** Clusters among the store's firms, the units they span and the known clusters they match. */
async function detectInStore(
  opts: DetectCliOptions,
  method: DetectMethod,
  regions: string[],
): Promise<void> {
  // Over the store the numbers are checked by the contract the API checks them with.
  const epsKm = method === 'hdbscan' ? NaN : numberOption.contract('eps-km', D.epsKm, opts.epsKm);
  const minPoints = numberOption.contract('min-points', D.minPoints, opts.minPoints);
  const minSamples = numberOption.contract('min-samples', D.minSamples, opts.minSamples);
  const measures = ['employees', 'revenue', 'output', 'rd_spend', 'patents'];
  if (opts.weight && !measures.includes(opts.weight))
    throw new AtlasError('ATLAS_E_USAGE', `--weight must be one of ${measures.join(', ')}`);
  const r = await withAtlas({ path: opts.db }, async (db) => {
    // A new atlas gets the default data first, as every store command does.
    const boot = await bootstrap(db);
    for (const w of boot.warnings) say(`warning ${w.code}: ${w.message}`);
    return detectStoreClusters(db, {
      industry: opts.industry as string,
      regions,
      epsKm,
      minPoints,
      minSamples,
      method,
      measure: opts.weight as never,
      surroundingsKm: numberOption.contract(
        'surroundings-km',
        D.surroundingsKm,
        opts.surroundingsKm,
      ),
      concaveK: numberOption.contract('concave-k', D.concaveK, opts.concaveK),
    });
  });
  sayStoreClusters(r);
  if (opts.format === 'json') {
    writeJson(r, opts.out);
    return;
  }
  emitStoreClusters(opts, r);
}

type StoreClusters = Awaited<ReturnType<typeof detectStoreClusters>>;

function sayStoreClusters(r: StoreClusters): void {
  say(
    `${r.points} located firms (WGS-84; ${r.converted} converted from GCJ-02): ${r.clusters.length} clusters`,
  );
  for (const k of r.known)
    say(
      `known ${k.id} (${k.name}): detected clusters ${k.detected.join(', ')} span provinces ${k.detectedProvinces.join(', ')}${k.spansSeveralUnits ? ' — several units' : ''}`,
    );
}

function emitStoreClusters(opts: DetectCliOptions, r: StoreClusters): void {
  emit(
    r.clusters.map((c) => ({
      cluster: c.cluster,
      size: c.size,
      weight: c.weight,
      lon: c.centroid[0].toFixed(5),
      lat: c.centroid[1].toFixed(5),
      provinces: c.provinces,
      prefectures: c.prefectures,
      several_units: c.spansSeveralUnits,
      lq_surroundings: c.surroundings.lq,
      status: c.status,
      matches: c.matches,
    })),
    { format: opts.format, out: opts.out },
    [
      'cluster',
      'size',
      'weight',
      'lon',
      'lat',
      'provinces',
      'prefectures',
      'several_units',
      'lq_surroundings',
      'status',
      'matches',
    ],
  );
}
