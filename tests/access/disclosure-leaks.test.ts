import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { withheldCells, type Contribution } from '../../src/core/access/disclosure.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore, CHAIN, CLUSTER, FIGURES } from './canary-fixture.ts';

/**
 * The five leaks of issue 22, each as the campaign found it, over the canary
 * store: an analyst gets the figure, a visitor (or a member subtracting its
 * own) does not. And the rule itself on hand-made tables.
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let memberK5: Record<string, string>;
beforeAll(async () => {
  db = await canaryStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  memberK5 = await signedIn(app, db, 'member', 'k5');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});
const get = async (url: string, headers?: Record<string, string>) => {
  const res = await app.inject({ url, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const c = (id: string, value: number, knownTo?: string[]): Contribution => ({ id, value, knownTo });

describe('withheldCells: threshold, dominance, complementary suppression', () => {
  it('withholds sums of fewer than 3 firms and sums one firm dominates', () => {
    const w = withheldCells([
      { sets: [[c('a', 10)]] },
      { sets: [[c('a', 10), c('b', 10)]] },
      { sets: [[c('a', 10), c('b', 10), c('c', 10)]] },
      { sets: [[c('a', 100), c('b', 5), c('c', 5)]] },
      { sets: [] },
    ]);
    expect(w).toEqual([true, true, false, true, false]);
  });

  it('withholds a total when the cell beside it leaves one firm by subtraction', () => {
    const cell = [c('a', 10), c('b', 11), c('c', 12)];
    const total = [...cell, c('d', 13)];
    expect(withheldCells([{ sets: [cell] }, { sets: [total] }])).toEqual([false, true]);
    // Two cells shown beside the total leave a third with one firm: the greedy cover finds it.
    const cell2 = [c('e', 9), c('f', 8), c('g', 7)];
    const all = [...cell, ...cell2, c('h', 6)];
    expect(withheldCells([{ sets: [cell] }, { sets: [cell2] }, { sets: [all] }])).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('subtracts a member’s own figure first: what is left must pass the rule', () => {
    const three = [c('a', 10), c('b', 11), c('m', 12)];
    expect(withheldCells([{ sets: [three] }])).toEqual([false]);
    expect(withheldCells([{ sets: [three] }], 'm')).toEqual([true]);
    // A link's value is known to both its ends.
    expect(withheldCells([{ sets: [[c('x>y', 5, ['x', 'y'])]] }], 'y')).toEqual([false]);
  });
});

describe('the campaign’s leaks, closed', () => {
  it('1. spatial cluster weights: no single firm’s or pair’s revenue to a visitor', async () => {
    for (const minPoints of [1, 2]) {
      const url = `/api/spatial/clusters?industry=3985&weight=revenue&minPoints=${minPoints}&epsKm=0.1`;
      const seen = await get(url, analyst);
      if (minPoints === 1)
        expect(seen.clusters.map((x: { weight: number }) => x.weight)).toContain(
          FIGURES.k1.revenue,
        );
      const visitor = await get(url);
      for (const x of visitor.clusters) {
        if (x.size < 3) expect(x.weight).toBeNull();
        if (x.size < 3) expect(x.centroid).toBeNull();
      }
    }
    // Three firms, one over 85%: dominated, withheld.
    const wide = await get(
      '/api/spatial/clusters?industry=3985&weight=revenue&minPoints=2&epsKm=5',
    );
    expect(wide.clusters[0].size).toBe(3);
    expect(wide.clusters[0].weight).toBeNull();
  });

  it('2. matrix.total and metric values: one firm isolated by label, kind and year is withheld', async () => {
    const url = '/api/metrics/hhi_region?measure=revenue&year=2019&industryLevel=label';
    const seen = await get(url, analyst);
    expect(seen.matrix.total).toBe(FIGURES.k5.revenue);
    const visitor = await get(url);
    expect(visitor.matrix.organizations).toBe(1);
    expect(visitor.matrix.total).toBeNull();
    expect(visitor.rows.every((r: { value: number | null }) => r.value === null)).toBe(true);
    // The CSV export follows the same rule.
    const csv = await app.inject({
      url: '/api/metrics/lq?measure=revenue&year=2019&industryLevel=4&regionLevel=prefecture&format=csv',
    });
    expect(csv.statusCode).toBe(200);
    const line = (code: string) =>
      csv.body.split('\n').find((l) => l.startsWith(`430100,${code},`));
    expect(line('6513')).toMatch(/,$/); // one firm
    expect(line('3985')).toMatch(/,$/); // k3 dominates
    expect(line('3130')).toMatch(/,\d/); // three firms, none dominant: shown
    // Homogeneity: a region's structure by cell.
    const h = await get(
      '/api/homogeneity?measure=revenue&year=2019&regionLevel=prefecture&industryLevel=4&region=430100',
    );
    const cell6513 = h.structure.find((x: { industry: string }) => x.industry === '6513');
    expect(cell6513.value).toBeNull();
    // Ten firms, the largest 58%: the total may be shown.
    const all = Object.values(FIGURES).reduce((t, f) => t + f.revenue, 0);
    expect(h.matrix.total).toBeCloseTo(all, 2);
  });

  it('3. hot-spot density does not invert to a firm’s figure', async () => {
    const url = '/api/spatial/hotspots?industry=6513&weight=revenue&bandwidthKm=500&cellKm=25';
    const seen = await get(url, analyst);
    const d = seen.hotspots[0].density * 2 * Math.PI * 500 * 500;
    expect(Math.abs(d - FIGURES.k4.revenue) / FIGURES.k4.revenue).toBeLessThan(0.01);
    const visitor = await get(url);
    expect(visitor.points).toBe(1);
    expect(visitor.hotspots.every((h: { density: number | null }) => h.density === null)).toBe(
      true,
    );
    // Unweighted densities count firms: public.
    const count = await get('/api/spatial/hotspots?industry=6513&bandwidthKm=500&cellKm=25');
    expect(count.hotspots[0].density).toBeGreaterThan(0);
  });

  it('4. panorama: no confidential link by subtraction of node inputs and outputs', async () => {
    const url = `/api/panorama?cluster=${CLUSTER}&chain=${CHAIN}`;
    type Node = { id: string; links: Record<string, number | null>; reason: string | null };
    const node = (p: { panorama: { nodes: Node[] } }, id: string) =>
      p.panorama.nodes.find((n) => n.id === id) as Node;
    const seen = await get(url, analyst);
    expect(node(seen, 'castings-forgings').links.inValue).toBeCloseTo(92001.3, 2);
    for (const h of [undefined, memberK5]) {
      const v = await get(url, h);
      const castings = node(v, 'castings-forgings');
      // The steel node's out-links are inside castings' in-links: the rest is k10's one link.
      expect(node(v, 'steel').links.outValue).not.toBeNull();
      expect(castings.links.inValue).toBeNull();
      expect(castings.links.insideShare).toBeNull();
      expect(castings.reason).toBeNull();
    }
    const gaps = await get(`/api/gaps?cluster=${CLUSTER}&chain=${CHAIN}`);
    expect(JSON.stringify(gaps)).not.toMatch(/inputs \(by value\) bought inside/);
  });

  it('5. demands: an invited-only demand is the invited firm’s, not a visitor’s', async () => {
    const ids = (r: { items: { id: string }[] }) => r.items.map((d) => d.id).sort();
    expect(ids(await get('/api/demands'))).toEqual(['d-open']);
    expect(ids(await get('/api/demands', memberK5))).toEqual(['d-cluster', 'd-invited', 'd-open']);
    expect(ids(await get('/api/demands', analyst))).toEqual(['d-cluster', 'd-invited', 'd-open']);
    const anon = await app.inject({ url: '/api/demands/d-invited/matches' });
    expect(anon.statusCode).toBe(404);
    expect(anon.body).not.toContain('机密');
    expect(
      (await app.inject({ url: '/api/demands/d-invited/matches', headers: memberK5 })).statusCode,
    ).toBe(200);
    const capMatches = await get('/api/capabilities/cap-k5/matches');
    expect(JSON.stringify(capMatches)).not.toContain('d-invited');
  });

  it('marks every confidential aggregate in the OpenAPI document', async () => {
    const doc = JSON.stringify(await get('/api/openapi.json'));
    expect(doc.match(/"x-confidential":"aggregate"/g)?.length ?? 0).toBeGreaterThanOrEqual(12);
  });
});
