import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { haversineKm } from '../../src/analytics/spatial/haversine.ts';
import { coarsen } from '../../src/core/access/coarsen.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore, FIGURES } from './canary-fixture.ts';

/**
 * The differencing attack on weighted hot spots: an asker who knows where
 * three firms sit (k5, k6, k7 in 3130, public coordinates) asks for many
 * bandwidths and cell sizes, writes each answered density as
 * Σᵢ wᵢ·K(dᵢ/h)/(2πh²) and solves the equations for the firms' revenues by
 * least squares. On exact answers (an analyst's) the attack recovers k5's
 * and k6's revenues to 1%; a visitor's answers (bandwidth snapped, densities
 * coarsened, at least three firms within one bandwidth) must not give either
 * to within 10%.
 */
const FIRMS = [
  { id: 'k5', at: [113.0, 28.2] },
  { id: 'k6', at: [113.01, 28.21] },
  { id: 'k7', at: [112.99, 28.12] },
] as const;

let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
beforeAll(async () => {
  db = await canaryStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

interface Answer {
  bandwidthKm: number;
  hotspots: { lon: number; lat: number; density: number | null }[];
}

/** Every equation the answers give: kernel weights of the three firms, and the density. */
async function equations(headers?: Record<string, string>): Promise<number[][]> {
  const rows: number[][] = [];
  for (const h of [2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 10, 12, 15, 20])
    for (const f of [0.2, 0.25, 0.3, 0.4, 0.5]) {
      const url = `/api/spatial/hotspots?industry=3130&weight=revenue&bandwidthKm=${h}&cellKm=${(h * f).toFixed(3)}`;
      const res = await app.inject({ url, headers });
      expect(res.statusCode, res.body).toBe(200);
      const a = res.json() as Answer;
      const bw = a.bandwidthKm;
      for (const s of a.hotspots) {
        if (s.density === null) continue;
        const k = FIRMS.map((x) => {
          const u = haversineKm(s.lon, s.lat, x.at[0], x.at[1]) / bw;
          return u > 4 ? 0 : Math.exp(-(u * u) / 2) / (2 * Math.PI * bw * bw);
        });
        rows.push([...k, s.density]);
      }
    }
  return rows;
}

/** Least squares for the three weights (normal equations, Gaussian elimination); null if singular. */
function solve(rows: number[][]): number[] | null {
  const n = 3;
  const m = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  for (const r of rows)
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) m[i][j] += r[i] * r[j];
      m[i][n] += r[i] * r[n];
    }
  const scale = Math.max(...m.map((r) => Math.abs(r[0]) + Math.abs(r[1]) + Math.abs(r[2])));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) <= 1e-12 * scale) return null;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((r, i) => r[n] / r[i]);
}

const error = (w: number[] | null, i: number) =>
  w === null
    ? Infinity
    : Math.abs(w[i] - FIGURES[FIRMS[i].id].revenue) / FIGURES[FIRMS[i].id].revenue;

describe('weighted hot spots against differencing', () => {
  it('the attack recovers the firms’ revenues from exact answers (an analyst’s)', async () => {
    const w = solve(await equations(analyst));
    expect(error(w, 0)).toBeLessThan(0.01);
    expect(error(w, 1)).toBeLessThan(0.01);
  }, 120_000);

  it('does not recover any firm’s revenue from a visitor’s answers', async () => {
    const rows = await equations();
    const w = solve(rows);
    for (let i = 0; i < FIRMS.length; i++) expect(error(w, i)).toBeGreaterThan(0.1);
    // Whatever was answered was coarsened to the 1-2-5 series.
    for (const r of rows) expect(coarsen(r[3])).toBe(r[3]);
  }, 120_000);

  it('coarsens to the 1-2-5 series', () => {
    expect([0.0031, 1.4, 1.5, 3.2, 3.1, 7.1, 7.0, 12345, -0.7, 0].map(coarsen)).toEqual([
      0.002, 1, 2, 5, 2, 10, 5, 10000, -0.5, 0,
    ]);
  });
});
