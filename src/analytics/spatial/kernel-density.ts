/**
 * Kernel-density hot spots on a grid.
 *
 *   f(g) = Σᵢ wᵢ · K(d(g, pᵢ) / h) / h²,   K(u) = exp(−u²/2) / (2π)
 *
 * g a grid cell's centre, pᵢ the points, d great-circle distance (km), h the
 * bandwidth (km), wᵢ weights (1 by default). f is a density per km² (with
 * unit weights it integrates to the number of points). The kernel is cut at
 * 4h (it has fallen to 3.4e-4 of its peak there), so each cell sums only the
 * points an index query returns.
 * Grid: square-ish cells of `cellKm` over the points' bounding box (plus 2h
 * each side), rows along latitude, columns along longitude with a step in
 * degrees set at the box's middle latitude; cell (r, c) centre at
 * (lon0 + (c + ½)·Δλ, lat0 + (r + ½)·Δφ).
 * Hot spots: cells whose density is a local maximum over their 8
 * neighbours and at least `threshold` (default: mean + 2 standard
 * deviations of the non-zero cells), strongest first.
 * Edge cases: no points → empty grid; cells are capped at 4 million.
 * Cost: O(cells · (log n + points within 4h)).
 * Reference: Silverman, B. W. (1986), Density Estimation for Statistics and
 * Data Analysis, ch. 4.
 */
import { AtlasError } from '../../core/errors.ts';
import { haversineKm as haversine } from './haversine.ts';
import { SphereIndex } from './sphere-index.ts';

export interface DensityGrid {
  lon0: number;
  lat0: number;
  dLon: number;
  dLat: number;
  rows: number;
  cols: number;
  /** Row-major densities, rows × cols. */
  density: Float64Array;
}

export interface HotSpot {
  row: number;
  col: number;
  lon: number;
  lat: number;
  density: number;
}

export function kernelDensity(
  lon: Float64Array,
  lat: Float64Array,
  opts: { bandwidthKm: number; cellKm: number; weights?: Float64Array; index?: SphereIndex },
): DensityGrid {
  const { bandwidthKm: h, cellKm, weights } = opts;
  if (!(h > 0) || !(cellKm > 0))
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'bandwidth and cell size must be positive', {
      h,
      cellKm,
    });
  const n = lon.length;
  if (n === 0)
    return { lon0: 0, lat0: 0, dLon: 0, dLat: 0, rows: 0, cols: 0, density: new Float64Array(0) };
  let minLon = Infinity,
    maxLon = -Infinity,
    minLat = Infinity,
    maxLat = -Infinity;
  for (let i = 0; i < n; i++) {
    minLon = Math.min(minLon, lon[i]);
    maxLon = Math.max(maxLon, lon[i]);
    minLat = Math.min(minLat, lat[i]);
    maxLat = Math.max(maxLat, lat[i]);
  }
  const kmPerDegLat = 111.195;
  const midCos = Math.max(0.05, Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180));
  const dLat = cellKm / kmPerDegLat;
  const dLon = cellKm / (kmPerDegLat * midCos);
  const lat0 = Math.max(-90, minLat - (2 * h) / kmPerDegLat);
  const lon0 = minLon - (2 * h) / (kmPerDegLat * midCos);
  const rows = Math.max(1, Math.ceil((maxLat + (2 * h) / kmPerDegLat - lat0) / dLat));
  const cols = Math.max(1, Math.ceil((maxLon + (2 * h) / (kmPerDegLat * midCos) - lon0) / dLon));
  if (rows * cols > 4e6)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `grid of ${rows} × ${cols} cells is too large; use a larger cell`,
      {
        rows,
        cols,
      },
    );
  const index = opts.index ?? new SphereIndex(lon, lat);
  const density = new Float64Array(rows * cols);
  const norm = 1 / (2 * Math.PI * h * h);
  for (let r = 0; r < rows; r++) {
    const glat = Math.min(90, lat0 + (r + 0.5) * dLat);
    for (let c = 0; c < cols; c++) {
      let glon = lon0 + (c + 0.5) * dLon;
      if (glon > 180) glon -= 360;
      if (glon < -180) glon += 360;
      const k = index.withinOf(glon, glat, 4 * h);
      let s = 0;
      const found = index.result;
      for (let j = 0; j < k; j++) {
        const i = found[j];
        const d = haversine(glon, glat, lon[i], lat[i], index.radiusKm) / h;
        s += (weights ? weights[i] : 1) * Math.exp(-0.5 * d * d);
      }
      density[r * cols + c] = s * norm;
    }
  }
  return { lon0, lat0, dLon, dLat, rows, cols, density };
}

/** Local maxima of a density grid at or above `threshold` (default mean + 2 sd of non-zero cells). */
export function hotSpots(grid: DensityGrid, threshold?: number): HotSpot[] {
  const { rows, cols, density } = grid;
  let t = threshold;
  if (t === undefined) {
    let m = 0,
      s2 = 0,
      k = 0;
    for (const v of density)
      if (v > 0) {
        k++;
        const d = v - m;
        m += d / k;
        s2 += d * (v - m);
      }
    t = k > 0 ? m + 2 * Math.sqrt(s2 / k) : Infinity;
  }
  const out: HotSpot[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = density[r * cols + c];
      if (!(v >= t) || v <= 0) continue;
      let peak = true;
      for (let dr = -1; dr <= 1 && peak; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          if (dr === 0 && dc === 0) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          const u = density[rr * cols + cc];
          // Ties: the first cell in row-major order is the peak.
          if (u > v || (u === v && rr * cols + cc < r * cols + c)) {
            peak = false;
            break;
          }
        }
      if (peak)
        out.push({
          row: r,
          col: c,
          lon: grid.lon0 + (c + 0.5) * grid.dLon,
          lat: grid.lat0 + (r + 0.5) * grid.dLat,
          density: v,
        });
    }
  return out.sort((a, b) => b.density - a.density);
}
