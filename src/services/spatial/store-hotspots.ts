import { coarsen } from '../../core/access/coarsen.ts';
import { declareAggregates, type Contribution } from '../../core/access/disclosure.ts';
import { AtlasError } from '../../core/errors.ts';
import { haversineKm } from '../../analytics/spatial/haversine.ts';
import { gcj02ToWgs84 } from '../../analytics/spatial/gcj02.ts';
import { hotSpots, kernelDensity, type HotSpot } from '../../analytics/spatial/kernel-density.ts';
import type { Duck } from '../../store/duck.ts';
import type { FirmPointFilter } from '../../store/queries/spatial.ts';
import { groupFirms } from './group-firms.ts';

export interface StoreHotspotOptions {
  industry: string;
  regions?: string[];
  /** Kernel bandwidth h in km (default 5). */
  bandwidthKm?: number;
  /** Grid cell size in km (default 2). */
  cellKm?: number;
  measure?: FirmPointFilter['measure'];
  excludeSynthetic?: boolean;
  /** At most this many hot spots, strongest first (default 50). */
  limit?: number;
  /**
   * For someone who may not see firms' figures, with a measure: bandwidth
   * snapped to the 1-2-5 series, cells 0.4 of it, weighted densities coarsened
   * to the same series (core/access/coarsen.ts), so varying the parameters
   * cannot difference a firm's figure out of the answers.
   */
  coarse?: boolean;
}

export interface StoreHotspots {
  crs: 'WGS84';
  points: number;
  bandwidthKm: number;
  cellKm: number;
  rows: number;
  cols: number;
  /** Local density maxima above mean + 2 sd of the non-zero cells (kernel-density.ts). */
  hotspots: HotSpot[];
  /** Present when the answer was coarsened (`coarse` with a measure): what was done. */
  coarsened?: { bandwidthKm: number; cellKm: number; density: '1-2-5 series' };
}

/**
 * Kernel-density hot spots of an industry group's located firms (GB/T 4754
 * prefix or tag), WGS-84 (GCJ-02 rows converted), weighted by a measure if
 * asked. Densities are firms (or measure units) per km².
 */
export async function storeHotspots(db: Duck, o: StoreHotspotOptions): Promise<StoreHotspots> {
  const coarse = o.coarse === true && o.measure !== undefined;
  const bandwidthKm = coarse ? coarsen(o.bandwidthKm ?? 5) : (o.bandwidthKm ?? 5);
  const cellKm = coarse ? coarsen(0.4 * bandwidthKm) : (o.cellKm ?? 2);
  if (!o.industry.trim())
    throw new AtlasError('ATLAS_E_USAGE', 'give an industry code prefix or tag (--industry)');
  if (cellKm < bandwidthKm / 20)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'cells finer than a 20th of the bandwidth add cost, not detail',
      {
        bandwidthKm,
        cellKm,
      },
    );
  const firms = await groupFirms(db, {
    group: o.industry,
    regions: o.regions ?? [],
    measure: o.measure,
    excludeSynthetic: o.excludeSynthetic,
  });
  const lon = new Float64Array(firms.length);
  const lat = new Float64Array(firms.length);
  firms.forEach((f, i) => {
    const [x, y] = f.crs === 'GCJ02' ? gcj02ToWgs84(f.lon, f.lat) : [f.lon, f.lat];
    lon[i] = x;
    lat[i] = y;
  });
  const weights = o.measure
    ? Float64Array.from(firms, (f) => Math.max(0, f.weight ?? 0))
    : undefined;
  const grid = kernelDensity(lon, lat, { bandwidthKm, cellKm, weights });
  return {
    crs: 'WGS84',
    points: firms.length,
    bandwidthKm,
    cellKm,
    rows: grid.rows,
    cols: grid.cols,
    hotspots: hotSpots(grid)
      .slice(0, o.limit ?? 50)
      .map((h) => {
        if (!weights) return declareAggregates(h, [{ path: ['density'], sets: [] }]);
        const parts = kernelParts(h, firms, lon, lat, weights, bandwidthKm);
        const spot = coarse ? { ...h, density: coarsen(h.density) } : h;
        // Both sets must pass: all parts (dominance over the sum) and the firms within
        // one bandwidth (at least three that weigh: far firms add a contributor, not cover).
        return declareAggregates(spot, [
          { path: ['density'], sets: [parts, parts.filter((p) => p.near)] },
        ]);
      }),
    ...(coarse ? { coarsened: { bandwidthKm, cellKm, density: '1-2-5 series' as const } } : {}),
  };
}

/**
 * Each firm's part of a weighted density at a hot spot, w·K(d/h)/h² within
 * the kernel's 4h cut (kernel-density.ts): the density is a confidential
 * aggregate of these (one firm alone, density × 2πh² is its figure).
 * `near`: the firm is within one bandwidth (K ≥ 0.61 of its peak); the
 * per-cell minimum (core/access/disclosure.ts, MIN_CONTRIBUTORS) counts those.
 */
function kernelParts(
  at: HotSpot,
  firms: readonly { id: string }[],
  lon: Float64Array,
  lat: Float64Array,
  weights: Float64Array,
  h: number,
): (Contribution & { near: boolean })[] {
  const parts: (Contribution & { near: boolean })[] = [];
  for (let i = 0; i < firms.length; i++) {
    const d = haversineKm(at.lon, at.lat, lon[i], lat[i]);
    if (d > 4 * h || weights[i] === 0) continue;
    const u = d / h;
    parts.push({
      id: firms[i].id,
      value: (weights[i] * Math.exp(-(u * u) / 2)) / (2 * Math.PI * h * h),
      near: u <= 1,
    });
  }
  return parts;
}
