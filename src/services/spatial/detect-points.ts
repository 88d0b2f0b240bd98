import { AtlasError } from '../../core/errors.ts';
import { dbscan } from '../../analytics/spatial/dbscan.ts';
import { hdbscan } from '../../analytics/spatial/hdbscan.ts';
import type { PointSet } from './read-points-file.ts';

export type DetectMethod = 'dbscan' | 'hdbscan';

export interface DetectOptions {
  /** DBSCAN's radius; unused by HDBSCAN. */
  epsKm: number;
  /** DBSCAN: min_samples. HDBSCAN: min_cluster_size (and min_samples unless given). */
  minPoints: number;
  /** HDBSCAN only: min_samples (default minPoints). */
  minSamples?: number;
  method?: DetectMethod;
  /** Use the points' weights (scikit-learn's sample_weight) when present. */
  weighted?: boolean;
}

/** Checks detection parameters; ATLAS_E_USAGE on a bad one. */
export function checkDetectOptions(o: DetectOptions): void {
  if (o.method !== 'hdbscan' && !(Number.isFinite(o.epsKm) && o.epsKm > 0))
    throw new AtlasError('ATLAS_E_USAGE', `eps must be a positive number of km, not ${o.epsKm}`);
  if (!(Number.isFinite(o.minPoints) && o.minPoints >= 1))
    throw new AtlasError('ATLAS_E_USAGE', `min points must be a number ≥ 1, not ${o.minPoints}`);
  if (o.method && o.method !== 'dbscan' && o.method !== 'hdbscan')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `method must be dbscan or hdbscan, not ${String(o.method)}`,
    );
  if (o.method === 'hdbscan' && !(Number.isInteger(o.minPoints) && o.minPoints >= 2))
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `HDBSCAN needs an integer min cluster size ≥ 2, not ${o.minPoints}`,
    );
}

/**
 * Runs the chosen method. HDBSCAN takes no weights (scikit-learn's HDBSCAN
 * has no sample_weight) and at most 20,000 points (its spanning tree is O(n²)).
 */
export function cluster(
  lon: Float64Array,
  lat: Float64Array,
  o: DetectOptions,
  weights?: Float64Array,
): { labels: Int32Array; clusterCount: number } {
  if (o.method === 'hdbscan') {
    if (lon.length > 20_000)
      throw new AtlasError(
        'ATLAS_E_USAGE',
        `HDBSCAN here is O(n²): ${lon.length} points are too many (≤ 20,000); use --method dbscan`,
      );
    return hdbscan(lon, lat, { minClusterSize: o.minPoints, minSamples: o.minSamples });
  }
  return dbscan(lon, lat, {
    epsKm: o.epsKm,
    minPoints: o.minPoints,
    weights: o.weighted === false ? undefined : weights,
  });
}

/** Cluster labels for a point set: rows `{id, cluster}` in input order, −1 for noise. */
export function detectPoints(
  points: PointSet,
  o: DetectOptions,
): { rows: Array<{ id: string; cluster: number }>; labels: Int32Array; clusterCount: number } {
  checkDetectOptions(o);
  const { labels, clusterCount } = cluster(points.lon, points.lat, o, points.weights);
  const rows = points.ids.map((id, i) => ({ id, cluster: labels[i] }));
  return { rows, labels, clusterCount };
}
