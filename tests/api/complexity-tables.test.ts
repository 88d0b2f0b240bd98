import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultApp, signedIn } from './fixture.ts';

/**
 * GET /api/complexity/regions|industries|space on the default data, asked by
 * an analyst: the metric route's values, built from firms' employees, are
 * withheld from visitors where the disclosure rule says (tests/access).
 */
let app: FastifyInstance;
let close: () => Promise<void>;
let headers: Record<string, string>;
beforeAll(async () => {
  let db;
  ({ app, close, db } = await defaultApp());
  headers = await signedIn(app, db, 'analyst');
}, 60_000);
afterAll(async () => close?.());

const get = async (path: string) => (await app.inject({ url: path, headers })).json();
const Q = 'regionLevel=prefecture&industryLevel=2&measure=employees';

describe('complexity tables', () => {
  it('lists regions by ECI, equal to the metric route’s ECI, standardised (mean 0)', async () => {
    const r = await get(`/api/complexity/regions?${Q}`);
    expect(r.rows.length).toBeGreaterThan(5);
    for (let k = 1; k < r.rows.length; k++)
      expect(r.rows[k].eci).toBeLessThanOrEqual(r.rows[k - 1].eci);
    const mean = r.rows.reduce((a: number, x: { eci: number }) => a + x.eci, 0) / r.rows.length;
    expect(Math.abs(mean)).toBeLessThan(1e-9);
    const metric = await get(`/api/metrics/eci?${Q}`);
    const byRegion = new Map(
      metric.rows.map((x: { region: string; value: number }) => [x.region, x.value]),
    );
    for (const row of r.rows) expect(row.eci).toBeCloseTo(byRegion.get(row.region) as number, 12);
    expect(r.rows.every((x: { diversity: number }) => x.diversity >= 1)).toBe(true);
    expect(r.rows.some((x: { nameZh: string | null }) => x.nameZh === '长沙市')).toBe(true);
  });

  it('lists industries by PCI, equal to the metric route’s PCI, with names', async () => {
    const r = await get(`/api/complexity/industries?${Q}`);
    const metric = await get(`/api/metrics/pci?${Q}`);
    const byIndustry = new Map(
      metric.rows.map((x: { industry: string; value: number }) => [x.industry, x.value]),
    );
    expect(r.rows.length).toBe(byIndustry.size);
    for (const row of r.rows)
      expect(row.pci).toBeCloseTo(byIndustry.get(row.industry) as number, 12);
    expect(r.rows.every((x: { nameZh: string | null }) => x.nameZh)).toBe(true);
  });

  it('exports both tables as CSV with a header row', async () => {
    // Asked by the same analyst: a visitor's CSV follows the disclosure rule as the JSON does.
    const res = await app.inject({ url: `/api/complexity/regions?${Q}&format=csv`, headers });
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('eci-regions.csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('region,nameZh,nameEn,eci,coi,diversity');
    const json = await get(`/api/complexity/regions?${Q}`);
    expect(lines.length - 1).toBe(json.rows.length);
    expect(Number(lines[1].split(',')[3])).toBe(json.rows[0].eci);
  });

  it('draws the industry space: a spanning tree over every industry plus strong links, a region lit up', async () => {
    const s = await get(`/api/complexity/space?${Q}&region=430100`);
    const n = s.nodes.length;
    const tree = s.edges.filter((e: { backbone: boolean }) => e.backbone);
    // A tree (or forest) over the industries: fewer edges than nodes, and no cycle.
    expect(tree.length).toBeLessThan(n);
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      const p = parent.get(x) ?? x;
      return p === x ? x : find(p);
    };
    for (const e of tree) {
      const a = find(e.source);
      const b = find(e.target);
      expect(a).not.toBe(b);
      parent.set(a, b);
    }
    for (const e of s.edges.filter((x: { backbone: boolean }) => !x.backbone))
      expect(e.proximity).toBeGreaterThanOrEqual(s.strong);
    const lit = s.nodes.filter((x: { mcp: number }) => x.mcp === 1);
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.every((x: { rca: number }) => x.rca >= 1)).toBe(true);
    const csv = await app.inject({ url: `/api/complexity/space?${Q}&format=csv` });
    expect(csv.body.split('\n')[0]).toBe('source,target,proximity,backbone');
  });

  it('says which region is unknown', async () => {
    const res = await app.inject({ url: `/api/complexity/space?${Q}&region=990100` });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('990100');
  });
});
