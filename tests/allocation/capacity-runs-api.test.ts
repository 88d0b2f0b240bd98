import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from '../api/fixture.ts';

/**
 * Saved allocation runs of the capacity alliance: the operator (analyst)
 * saves a run; a member firm reads its own organisation's lines and loads
 * and nothing of any other member (names, capacities, costs, the run's
 * total). Three members of one product, no transport cost: the cheapest
 * takes its capacity first, so each member has lines (by hand: 迁安乙 50 t
 * at 2,900, 唐山甲 100 t at 3,000, 唐山丙 60 t at 3,100 yuan/t).
 */
let db: Duck;
let app: FastifyInstance;
type Headers = Record<string, string>;
let analyst: Headers, admin: Headers, viewer: Headers, memberO1: Headers, memberO4: Headers;
let memberO3: Headers;

const capacities = [
  {
    member: '唐山甲钢铁',
    organization: 'o1',
    product: '螺纹钢',
    capacity: 100,
    unitCost: 3000,
    lon: 118.18,
    lat: 39.63,
  },
  {
    member: '唐山丙钢铁',
    organization: 'o4',
    product: '螺纹钢',
    capacity: 100,
    unitCost: 3100,
    lon: 118.4,
    lat: 39.7,
  },
  { member: '迁安乙钢铁', product: '螺纹钢', capacity: 50, unitCost: 2900, lon: 118.7, lat: 40.0 },
];
const orders = [
  { order: 'SO-1', product: '螺纹钢', quantity: 80, lon: 116.4, lat: 39.9 },
  { order: 'SO-2', product: '螺纹钢', quantity: 90, lon: 117.2, lat: 39.1 },
  { order: 'SO-3', product: '螺纹钢', quantity: 40, lon: 114.5, lat: 38.0 },
];
const run = { name: '十二月螺纹钢订单', capacities, orders, transportCost: 0 };
const total = 50 * 2900 + 100 * 3000 + 60 * 3100;

let id: string;

beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
  admin = await signedIn(app, db, 'admin');
  viewer = await signedIn(app, db, 'viewer');
  memberO1 = await signedIn(app, db, 'member', 'o1');
  memberO3 = await signedIn(app, db, 'member', 'o3');
  memberO4 = await signedIn(app, db, 'member', 'o4');
});
afterAll(async () => {
  await app.close();
  db.close();
});

const get = (url: string, headers?: Headers) => app.inject({ url, headers });
const save = (payload: object, headers: Headers = analyst) =>
  app.inject({ method: 'POST', url: '/api/capacity/runs', payload, headers });

describe('saving a run', () => {
  it('solves the run again and keeps every line with the organisation its member stands for', async () => {
    const res = await save(run);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body).toMatchObject({ scope: 'all', organization: null, name: run.name, quantity: 210 });
    expect(body.lines).toBe(body.allocations.length);
    expect(body.cost).toBeCloseTo(total, 6);
    expect(body.summary.products[0]).toMatchObject({ product: '螺纹钢', idle: 40, missing: 0 });
    const byMember = (m: string) =>
      body.allocations
        .filter((a: { member: string }) => a.member === m)
        .reduce((s: number, a: { quantity: number }) => s + a.quantity, 0);
    expect([byMember('迁安乙钢铁'), byMember('唐山甲钢铁'), byMember('唐山丙钢铁')]).toEqual([
      50, 100, 60,
    ]);
    const orgs = new Set(
      body.allocations.map((a: { organization: string | null }) => a.organization),
    );
    expect(orgs).toEqual(new Set(['o1', 'o4', null]));
    // The same optimum as the unsaved allocation.
    const { organization: _o, ...plain } = capacities[0];
    const direct = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      payload: {
        capacities: [plain, ...capacities.slice(1).map(({ organization: _x, ...c }) => c)],
        orders,
        transportCost: 0,
      },
      headers: analyst,
    });
    expect(direct.json().total).toBeCloseTo(body.cost, 6);
  });

  it('is the operator’s: members and viewers may not save or delete', async () => {
    expect((await save(run, memberO1)).statusCode).toBe(403);
    expect((await save(run, viewer)).statusCode).toBe(403);
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/capacity/runs/${id}`,
      headers: memberO1,
    });
    expect(del.statusCode).toBe(403);
  });

  it('refuses an unknown organisation or two organisations for one member, saving nothing', async () => {
    const before = (await get('/api/capacity/runs', analyst)).json().items.length;
    const unknown = await save({
      ...run,
      capacities: [{ ...capacities[0], organization: 'no-such-firm' }, ...capacities.slice(1)],
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('capacities[0].organization');
    const twice = await save({
      ...run,
      capacities: [...capacities, { ...capacities[0], product: '线材', organization: 'o4' }],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toContain('capacities[3].organization');
    expect((await get('/api/capacity/runs', analyst)).json().items.length).toBe(before);
  });
});

describe('a run with due periods', () => {
  it('keeps the period each line is made in', async () => {
    const dated = {
      ...run,
      name: '按周交货',
      orders: orders.map((o, k) => ({ ...o, due: k + 1 })),
    };
    const saved = (await save(dated)).json();
    expect(saved.allocations.length).toBeGreaterThan(0);
    for (const a of saved.allocations) {
      const due = dated.orders.find((o) => o.order === a.order)!.due;
      expect(a.period).toBeGreaterThanOrEqual(1);
      expect(a.period).toBeLessThanOrEqual(due);
    }
    const own = (await get(`/api/capacity/runs/${saved.id}`, memberO1)).json();
    expect(own.allocations.every((a: { period: number | null }) => a.period !== null)).toBe(true);
    await app.inject({ method: 'DELETE', url: `/api/capacity/runs/${saved.id}`, headers: analyst });
  });
});

describe('reading a run', () => {
  it('shows analysts and admins every line and the summary', async () => {
    for (const h of [analyst, admin]) {
      const body = (await get(`/api/capacity/runs/${id}`, h)).json();
      expect(body.scope).toBe('all');
      expect(body.quantity).toBe(210);
      expect(body.loads).toHaveLength(3);
      expect(body.summary.unserved).toEqual([]);
    }
  });

  it('shows a member firm its own lines and loads, and nothing of the other members', async () => {
    const res = await get(`/api/capacity/runs/${id}`, memberO1);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ scope: 'own', organization: 'o1', createdBy: null });
    expect(body.summary).toBeUndefined();
    expect(body.allocations.length).toBeGreaterThan(0);
    for (const a of body.allocations)
      expect(a).toMatchObject({ member: '唐山甲钢铁', organization: 'o1' });
    expect(body.loads).toEqual([
      expect.objectContaining({ member: '唐山甲钢铁', capacity: 100, allocated: 100 }),
    ]);
    expect(body.quantity).toBe(100);
    expect(body.cost).toBeCloseTo(100 * 3000, 6);
    const text = res.body;
    for (const secret of ['唐山丙钢铁', '迁安乙钢铁', '3100', '2900', String(total)])
      expect(text).not.toContain(secret);
  });

  it('never lets one member read another member’s lines', async () => {
    const o4 = (await get(`/api/capacity/runs/${id}`, memberO4)).json();
    expect(o4.allocations.every((a: { organization: string }) => a.organization === 'o4')).toBe(
      true,
    );
    expect(o4.quantity).toBe(60);
    expect(JSON.stringify(o4)).not.toContain('唐山甲钢铁');
    // A member with no line in the run: as if it did not exist.
    const none = await get(`/api/capacity/runs/${id}`, memberO3);
    expect(none.statusCode).toBe(404);
    expect((await get('/api/capacity/runs', memberO3)).json().items).toEqual([]);
  });

  it('lists for a member only the runs it is part of, with its own figures', async () => {
    const items = (await get('/api/capacity/runs', memberO1)).json().items;
    const own = (await get(`/api/capacity/runs/${id}`, memberO1)).json();
    expect(items).toEqual([
      expect.objectContaining({ id, scope: 'own', organization: 'o1', quantity: 100 }),
    ]);
    expect(items[0].lines).toBe(own.allocations.length);
    expect(items[0].cost).toBeCloseTo(own.cost, 6);
    const all = (await get('/api/capacity/runs', analyst)).json().items;
    expect(all.find((r: { id: string }) => r.id === id).cost).toBeCloseTo(total, 6);
  });

  it('refuses visitors and viewers', async () => {
    expect((await get('/api/capacity/runs')).statusCode).toBe(403);
    expect((await get(`/api/capacity/runs/${id}`, viewer)).statusCode).toBe(403);
  });
});

describe('deleting a run', () => {
  it('deletes the run with its lines; then it is unknown', async () => {
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/capacity/runs/${id}`,
      headers: analyst,
    });
    expect(del.json()).toEqual({ deleted: id });
    expect((await get(`/api/capacity/runs/${id}`, analyst)).statusCode).toBe(404);
    const left = await db.one(
      `SELECT (SELECT count(*) FROM capacity_run_lines WHERE run = $id) +
              (SELECT count(*) FROM capacity_run_loads WHERE run = $id) AS n`,
      { id },
    );
    expect(Number(left?.n)).toBe(0);
  });
});
