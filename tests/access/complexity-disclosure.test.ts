import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore } from './canary-fixture.ts';

/**
 * Figures computed from the region × industry matrix of firms' measures —
 * ECI, COI, diversity, PCI, ubiquity, RCA, density, proximity, opportunity
 * scores, similarities of regions — are confidential aggregates: over the
 * canary store (Changsha's row holds k4 alone in 6513; Beijing holds k10
 * alone) an analyst sees them, a visitor does not where they reveal a cell
 * of fewer than three firms or one a firm dominates; counts stay public.
 */
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

const Q = 'measure=revenue&year=2019&regionLevel=prefecture&industryLevel=4';
const get = async (url: string, headers?: Record<string, string>) => {
  const res = await app.inject({ url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Row = Record<string, number | string | null>;
const find = (rows: Row[], k: string, v: string) => rows.find((r) => r[k] === v) as Row;

describe('complexity figures from firms’ measures', () => {
  it('ECI, COI and diversity by region: withheld from a visitor, CSV too; counts public', async () => {
    const url = `/api/complexity/regions?${Q}`;
    expect(typeof find((await get(url, analyst)).rows, 'region', '430100').eci).toBe('number');
    const visitor = find((await get(url)).rows, 'region', '430100');
    expect(visitor).toMatchObject({ eci: null, coi: null, diversity: null });
    const csv = await app.inject({ url: `${url}&format=csv` });
    expect(csv.body.split('\n').find((l) => l.startsWith('430100,'))).toMatch(/,,,$/);
    const counted = await get(
      '/api/complexity/regions?measure=count&regionLevel=prefecture&industryLevel=4',
    );
    expect(typeof find(counted.rows, 'region', '430100').eci).toBe('number');
  });

  it('PCI and ubiquity by industry: one firm’s column withheld, three firms’ shown', async () => {
    const url = `/api/complexity/industries?${Q}`;
    expect(typeof find((await get(url, analyst)).rows, 'industry', '6513').pci).toBe('number');
    const rows = (await get(url)).rows;
    expect(find(rows, 'industry', '6513')).toMatchObject({ pci: null, ubiquity: null });
    expect(typeof find(rows, 'industry', '3130').pci).toBe('number');
  });

  it('the industry space: a region’s RCA and density, and proximities, withheld', async () => {
    const url = `/api/complexity/space?${Q}&region=430100`;
    const seen = await get(url, analyst);
    expect(typeof find(seen.nodes, 'industry', '6513').rca).toBe('number');
    expect(seen.edges.every((e: Row) => typeof e.proximity === 'number')).toBe(true);
    const v = await get(url);
    expect(find(v.nodes, 'industry', '6513')).toMatchObject({
      rca: null,
      mcp: null,
      density: null,
    });
    expect(v.edges.length).toBeGreaterThan(0);
    expect(v.edges.every((e: Row) => e.proximity === null)).toBe(true);
    const csv = await app.inject({ url: `${url}&format=csv` });
    expect(csv.body.split('\n')[1]).toMatch(/^\d+,\d+,,/);
  });

  it('a region’s opportunities: its ECI and every position’s figures withheld', async () => {
    const url = '/api/complexity/opportunities?region=430100&measure=revenue&industryLevel=4';
    const seen = await get(url, analyst);
    expect(typeof seen.eci).toBe('number');
    expect(seen.positions.some((p: Row) => typeof p.rca === 'number')).toBe(true);
    const v = await get(url);
    expect(v.eci).toBeNull();
    for (const p of v.positions as Row[])
      expect(p).toMatchObject({ rca: null, density: null, pci: null, cog: null });
  });

  it('similarity of regions: Beijing’s one firm makes Changsha–Beijing withheld', async () => {
    const url = `/api/homogeneity?${Q}&region=430100`;
    const seen = await get(url, analyst);
    expect(typeof seen.similar[0].similarity).toBe('number');
    const v = await get(url);
    expect(v.similar[0].b.code).toBe('110100');
    expect(v.similar[0]).toMatchObject({ similarity: null, similarityAll: null });
  });
});
