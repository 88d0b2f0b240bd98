import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  app = await buildApp({ db });
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
}

describe('GET /api/spatial/clusters', () => {
  it('detects the Chengdu and Chongqing electronics clusters; the national one spans both provinces', async () => {
    const { status, body } = await get(
      '/api/spatial/clusters?industry=39&region=510000,500000&epsKm=10&minPoints=8',
    );
    expect(status).toBe(200);
    expect(body.crs).toBe('WGS84');
    const provinces = body.clusters.map((c: { provinces: string[] }) => c.provinces.join('+'));
    expect(provinces).toContain('510000');
    expect(provinces).toContain('500000');
    const k = body.known.find((x: { id: string }) => x.id === 'national-chengyu-electronics');
    expect(k.detectedProvinces).toEqual(['500000', '510000']);
    expect(k.spansSeveralUnits).toBe(true);
  });

  it('HDBSCAN too', async () => {
    const { status, body } = await get(
      '/api/spatial/clusters?industry=39&region=510000,500000&method=hdbscan&minPoints=10',
    );
    expect(status).toBe(200);
    expect(body.clusters.length).toBeGreaterThan(0);
  });

  it('bad parameters: 400 with a code', async () => {
    const a = await get('/api/spatial/clusters?region=510000');
    expect(a.status).toBe(400);
    const b = await get('/api/spatial/clusters?industry=39&epsKm=-1');
    expect(b.status).toBe(400);
    expect(b.body.code).toMatch(/^ATLAS_E_/);
  });
});

describe('spatial outlines, surroundings and hot spots', () => {
  it('gives each detected cluster a concave outline and its LQ against the surroundings', async () => {
    const { status, body } = await get(
      '/api/spatial/clusters?industry=39&region=510000&epsKm=10&minPoints=8&surroundingsKm=80&concaveK=5',
    );
    expect(status).toBe(200);
    const c = body.clusters[0];
    expect(c.concaveOutline.length).toBeGreaterThanOrEqual(3);
    expect(c.concaveK).toBeGreaterThanOrEqual(5);
    expect(c.surroundings.footprintGroupFirms).toBeGreaterThanOrEqual(c.size);
    expect(typeof c.surroundings.lq).toBe('number');
    expect((await get('/api/spatial/clusters?industry=39&concaveK=2')).status).toBe(400);
  });

  it('finds kernel-density hot spots near Chengdu and Chongqing, strongest first', async () => {
    const { status, body } = await get(
      '/api/spatial/hotspots?industry=39&region=510000,500000&bandwidthKm=5&cellKm=2',
    );
    expect(status).toBe(200);
    expect(body.points).toBeGreaterThan(100);
    const h = body.hotspots as { lon: number; lat: number; density: number }[];
    expect(h.length).toBeGreaterThan(0);
    for (let i = 1; i < h.length; i++) expect(h[i].density).toBeLessThanOrEqual(h[i - 1].density);
    const near = (lon: number, lat: number) =>
      h.some((p) => Math.abs(p.lon - lon) < 0.5 && Math.abs(p.lat - lat) < 0.5);
    expect(near(104.07, 30.66)).toBe(true);
    expect(near(106.55, 29.56)).toBe(true);
    const fine = await get('/api/spatial/hotspots?industry=39&bandwidthKm=50&cellKm=0.5');
    expect(fine.body.code).toBe('ATLAS_E_BAD_VALUE');
  });
});

describe('GET /api/spatial/density', () => {
  /** The slow obvious count: every located organisation binned in JavaScript. */
  async function naive(cell: number, keep: (o: Record<string, unknown>) => boolean) {
    const rows = await db.all(
      'SELECT lon, lat, synthetic, kind, industries, tags FROM organizations WHERE lon IS NOT NULL AND lat IS NOT NULL',
    );
    const cells = new Map<string, [number, number, number, number]>();
    for (const r of rows.filter(keep)) {
      const i = Math.floor(Number(r.lon) / cell);
      const j = Math.floor(Number(r.lat) / cell);
      const c = cells.get(`${i},${j}`) ?? [i * cell + cell / 2, j * cell + cell / 2, 0, 0];
      c[2] += 1;
      if (r.synthetic) c[3] += 1;
      cells.set(`${i},${j}`, c);
    }
    return [...cells.values()];
  }
  const byPlace = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1];
  const close = (got: number[][], want: number[][]) => {
    expect(got.length).toBe(want.length);
    got.sort(byPlace).forEach((c, k) => {
      const w = want.sort(byPlace)[k];
      expect(c[0]).toBeCloseTo(w[0], 9);
      expect(c[1]).toBeCloseTo(w[1], 9);
      expect([c[2], c[3]]).toEqual([w[2], w[3]]);
    });
  };

  it('counts located organisations per cell, as a plain loop does', async () => {
    const { status, body } = await get('/api/spatial/density');
    expect(status).toBe(200);
    expect(body.cell).toBe(0.25);
    const want = await naive(0.25, () => true);
    close(body.cells, want);
    const located = Number(
      (await db.one('SELECT count(*) AS n FROM organizations WHERE lon IS NOT NULL'))!.n,
    );
    expect(body.organizations).toBe(located);
    expect(body.max).toBe(Math.max(...want.map((c) => c[2])));
    expect(body.synthetic).toBeGreaterThan(0);
  });

  it('filters by kind, industry prefix or tag, and leaves synthetic organisations out on request', async () => {
    const firms = (await get('/api/spatial/density?cell=0.5&kind=enterprise&industry=34')).body;
    close(
      firms.cells,
      await naive(
        0.5,
        (o) =>
          o.kind === 'enterprise' &&
          ((o.industries as string[] | null) ?? []).some((x) => x.startsWith('34')),
      ),
    );
    const leaders = (await get('/api/spatial/density?industry=chain_leader')).body;
    close(
      leaders.cells,
      await naive(0.25, (o) => ((o.tags as string[] | null) ?? []).includes('chain_leader')),
    );
    const real = (await get('/api/spatial/density?synthetic=exclude')).body;
    expect(real.synthetic).toBe(0);
    expect(real.organizations).toBeGreaterThan(50);
    close(real.cells, await naive(0.25, (o) => !o.synthetic));
  });

  it('refuses a cell outside 0.05–2 degrees and an unknown kind', async () => {
    for (const q of ['cell=0.01', 'cell=5', 'kind=alien']) {
      const { status, body } = await get(`/api/spatial/density?${q}`);
      expect(status, q).toBe(400);
      expect(body.code).toBe('ATLAS_E_BAD_REQUEST');
    }
  });
});
