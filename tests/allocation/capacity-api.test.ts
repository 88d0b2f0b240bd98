/**
 * POST /api/capacity/allocate: the operator (an analyst) gets the least-cost
 * allocation and the unserved orders with reasons; a visitor cannot run it
 * (members' costs and capacities are confidential); a repeated row is named.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { capacityAllocation } from '../../src/analytics/allocation/capacity-allocation.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { signedIn } from '../api/fixture.ts';

const body = {
  capacities: [
    { member: 'A', product: 'rebar', capacity: 4, unitCost: 3000, lon: 118.18, lat: 39.63 },
    { member: 'B', product: 'rebar', capacity: 3, unitCost: 2900, lon: 118.5, lat: 39.9 },
  ],
  orders: [
    { order: 'o1', product: 'rebar', quantity: 5, lon: 116.4, lat: 39.9 },
    { order: 'o2', product: 'rebar', quantity: 4, lon: 118.2, lat: 39.6 },
    { order: 'o3', product: 'coil', quantity: 1, lon: 117.2, lat: 39.1 },
  ],
  transportCost: 0.5,
};

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

describe('POST /api/capacity/allocate', () => {
  it('an analyst gets the optimum and the unserved orders with reasons', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      headers: await signedIn(app, db, 'analyst'),
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.total).toBeCloseTo(capacityAllocation(body.capacities, body.orders, 0.5).total, 6);
    expect(r.unserved.map((u: { order: string; reason: string }) => [u.order, u.reason])).toEqual([
      ['o3', 'no-member-makes-product'],
      expect.arrayContaining([expect.stringMatching(/^o[12]$/), 'product-capacity-short']),
    ]);
  });

  it('whole orders: an order larger than every member is unserved with that reason; floors it cannot meet and a share above 1 are refused', async () => {
    const headers = await signedIn(app, db, 'analyst');
    const res = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      headers,
      payload: { ...body, orderSplitting: 'whole' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.rules).toEqual({ orderSplitting: 'whole', fairShare: 0 });
    expect(r.unserved).toContainEqual({
      order: 'o1',
      product: 'rebar',
      quantity: 5,
      reason: 'no-member-can-take-whole-order',
    });
    // o2 (4 t) goes whole to A, the only member that can hold it.
    expect(
      r.allocations.map((a: { order: string; member: string }) => [a.order, a.member]),
    ).toEqual([['o2', 'A']]);
    expect(r.optimality).toEqual([
      { product: 'coil', status: 'optimal', gap: 0 },
      { product: 'rebar', status: 'optimal', gap: 0 },
    ]);
    // B cannot hold o2 whole, so a floor of 20 % for B cannot be met: refused by name.
    const floors = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      headers,
      payload: { ...body, orderSplitting: 'whole', fairShare: 0.2 },
    });
    expect(floors.statusCode).toBe(422);
    expect(floors.json().code).toBe('ATLAS_E_ALLOCATION_INFEASIBLE');
    expect(floors.json().message).toMatch(/^rebar: /);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      headers,
      payload: { ...body, fairShare: 1.5 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/fairShare/);
  });

  it('a visitor may not run it; a repeated order is named', async () => {
    const anon = await app.inject({ method: 'POST', url: '/api/capacity/allocate', payload: body });
    expect([401, 403]).toContain(anon.statusCode);
    const twice = await app.inject({
      method: 'POST',
      url: '/api/capacity/allocate',
      headers: await signedIn(app, db, 'analyst'),
      payload: { ...body, orders: [...body.orders, body.orders[0]] },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toMatch(/orders\[3\]: order o1 repeats/);
  });
});
