import { AtlasError } from '../../core/errors.ts';
import { dbscan } from '../../analytics/spatial/dbscan.ts';
import type { PointSet } from './read-points-file.ts';

export type DetectMethod = 'dbscan' | 'hdbscan';

export interface DetectOptions {
  epsKm: number;
  minPoints: number;
  method?: DetectMethod;
  /** Use the points' weights (scikit-learn's sample_weight) when present. */
  weighted?: boolean;
}

/** Checks detection parameters; ATLAS_E_USAGE on a bad one. */
export function checkDetectOptions(o: DetectOptions): void {
  if (!(Number.isFinite(o.epsKm) && o.epsKm > 0))
    throw new AtlasError('ATLAS_E_USAGE', `eps must be a positive number of km, not ${o.epsKm}`);
  if (!(Number.isFinite(o.minPoints) && o.minPoints >= 1))
    throw new AtlasError('ATLAS_E_USAGE', `min points must be a number ≥ 1, not ${o.minPoints}`);
  if (o.method === 'hdbscan')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      'HDBSCAN is not available yet (not verified against a reference); use --method dbscan',
    );
  if (o.method && o.method !== 'dbscan')
    throw new AtlasError('ATLAS_E_USAGE', `method must be dbscan, not ${String(o.method)}`);
}

/** Cluster labels for a point set: rows `{id, cluster}` in input order, −1 for noise. */
export function detectPoints(
  points: PointSet,
  o: DetectOptions,
): { rows: Array<{ id: string; cluster: number }>; labels: Int32Array; clusterCount: number } {
  checkDetectOptions(o);
  const { labels, clusterCount } = dbscan(points.lon, points.lat, {
    epsKm: o.epsKm,
    minPoints: o.minPoints,
    weights: o.weighted === false ? undefined : points.weights,
  });
  const rows = points.ids.map((id, i) => ({ id, cluster: labels[i] }));
  return { rows, labels, clusterCount };
}
