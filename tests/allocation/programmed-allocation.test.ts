/**
 * The capacity alliance's two policies solved by HiGHS, each against an
 * optimum found independently:
 * - whole orders (a MIP) against enumeration of every assignment, on 40
 *   generated instances with floors (1e-6 relative);
 * - fair shares with split orders (HiGHS's linear programme) against a
 *   min-cost flow whose floors are cheaper first segments (1e-6 relative);
 * - no policy reproduces the min-cost flow; floors whole orders cannot meet
 *   are refused by name; an order larger than every member is named so.
 */
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { capacityAllocation } from '../../src/analytics/allocation/capacity-allocation.ts';
import { fairShareBySegments } from '../../src/analytics/allocation/naive/fair-share-by-segments.ts';
import { productRoutes } from '../../src/analytics/allocation/product-routes.ts';
import { programmedAllocation } from '../../src/analytics/allocation/programmed-allocation.ts';
import { bruteForceWholeOrders } from '../../src/analytics/allocation/naive/brute-force-whole-orders.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { highsRuntime } from '../../src/services/capacity/highs-runtime.ts';

let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

/** m members and n orders of one product around Tangshan; integer quantities. */
function instance(seed: number, m: number, n: number) {
  const r = seededRandom(seed);
  const capacities = Array.from({ length: m }, (_, i) => ({
    member: `M${i}`,
    product: 'rebar',
    capacity: 2 + Math.floor(r() * 8),
    unitCost: 2800 + Math.round(r() * 400),
    lon: 117.5 + r() * 1.5,
    lat: 39 + r(),
  }));
  const orders = Array.from({ length: n }, (_, j) => ({
    order: `o${j}`,
    product: 'rebar',
    quantity: 1 + Math.floor(r() * 5),
    lon: 116 + r() * 3,
    lat: 38.5 + r() * 2,
  }));
  return { capacities, orders };
}

const tau = 0.6;

describe('whole orders (mixed-integer programme)', () => {
  it('equals enumeration of every assignment on 40 instances, with and without floors', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { capacities, orders } = instance(seed, 3, 7);
      const share = seed % 2 ? 0 : 0.25;
      const routes = productRoutes(capacities, orders, tau);
      const C = capacities.reduce((a, c) => a + c.capacity, 0);
      const D = orders.reduce((a, o) => a + o.quantity, 0);
      const load = Math.min(1, D / C);
      const best = bruteForceWholeOrders({
        capacity: capacities.map((c) => c.capacity),
        floor: capacities.map((c) => share * c.capacity * load),
        quantity: orders.map((o) => o.quantity),
        cost: capacities.map((_, i) => orders.map((_, j) => routes.cost[i * orders.length + j])),
      });
      const run = () =>
        programmedAllocation(highs, capacities, orders, tau, {
          orders: 'whole',
          fairShare: share,
        });
      if (!best) {
        expect(run, `seed ${seed}`).toThrow(/fair share|gives every member/);
        continue;
      }
      const r = run();
      const served = r.allocations.reduce((a, x) => a + x.quantity, 0);
      expect(served, `seed ${seed}`).toBeCloseTo(best.served, 9);
      expect(Math.abs(r.total - best.cost) / best.cost, `seed ${seed}`).toBeLessThan(1e-6);
      // Whole: each order appears at most once, with its full quantity.
      const byOrder = new Map(r.allocations.map((a) => [a.order, a]));
      expect(byOrder.size).toBe(r.allocations.length);
      for (const a of r.allocations)
        expect(a.quantity).toBe(orders.find((o) => o.order === a.order)!.quantity);
      expect(r.optimality).toEqual([{ product: 'rebar', status: 'optimal', gap: 0 }]);
    }
  });

  it('names an order no single member can take whole, and refuses floors it cannot meet', () => {
    const capacities = [
      { member: 'A', product: 'rebar', capacity: 4, unitCost: 3000, lon: 118.18, lat: 39.63 },
      { member: 'B', product: 'rebar', capacity: 3, unitCost: 2900, lon: 118.5, lat: 39.9 },
    ];
    const orders = [
      { order: 'big', product: 'rebar', quantity: 6, lon: 116.4, lat: 39.9 },
      { order: 'small', product: 'rebar', quantity: 3, lon: 118.2, lat: 39.6 },
    ];
    const r = programmedAllocation(highs, capacities, orders, tau, {
      orders: 'whole',
      fairShare: 0,
    });
    expect(r.unserved).toEqual([
      { order: 'big', product: 'rebar', quantity: 6, reason: 'no-member-can-take-whole-order' },
    ]);
    // Split, the same orders are served up to the capacity of 7 t.
    const split = capacityAllocation(capacities, orders, tau);
    expect(split.allocations.reduce((a, x) => a + x.quantity, 0)).toBeCloseTo(7, 9);
    // Floors of 90 % each: 3 t to one member leaves the other below its floor.
    let error: unknown;
    try {
      programmedAllocation(highs, capacities, orders, tau, { orders: 'whole', fairShare: 0.9 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AtlasError);
    expect((error as AtlasError).code).toBe('ATLAS_E_ALLOCATION_INFEASIBLE');
    expect((error as AtlasError).message).toMatch(/^rebar: no allocation of whole orders/);
  });
});

describe('fair shares (linear programme)', () => {
  it('without a share, equals the min-cost flow (1e-9 relative)', () => {
    for (let seed = 100; seed < 110; seed++) {
      const { capacities, orders } = instance(seed, 6, 12);
      const lp = programmedAllocation(highs, capacities, orders, tau, {
        orders: 'split',
        fairShare: 0,
      });
      const flow = capacityAllocation(capacities, orders, tau);
      expect(Math.abs(lp.total - flow.total) / flow.total, `seed ${seed}`).toBeLessThan(1e-9);
    }
  });

  it('HiGHS’s linear programme equals the floor-first min-cost flow (1e-6 relative) and meets every floor', () => {
    for (let seed = 200; seed < 215; seed++) {
      const { capacities, orders } = instance(seed, 5, 9);
      const share = 0.2 + (seed % 5) * 0.15;
      const flow = fairShareBySegments(capacities, orders, tau, share);
      const lp = programmedAllocation(highs, capacities, orders, tau, {
        orders: 'split',
        fairShare: share,
      });
      expect(Math.abs(flow.total - lp.total) / lp.total, `seed ${seed}`).toBeLessThan(1e-6);
      const C = capacities.reduce((a, c) => a + c.capacity, 0);
      const D = orders.reduce((a, o) => a + o.quantity, 0);
      const floors = capacities.map((c) => share * c.capacity * Math.min(1, D / C));
      for (const r of [flow, lp]) {
        r.members.forEach((u, i) => expect(u.allocated).toBeGreaterThanOrEqual(floors[i] - 1e-7));
        const served = r.allocations.reduce((a, x) => a + x.quantity, 0);
        expect(served).toBeCloseTo(Math.min(C, D), 7);
      }
      // A share that binds costs more than none.
      expect(flow.total).toBeGreaterThanOrEqual(
        capacityAllocation(capacities, orders, tau).total - 1e-6,
      );
    }
  });
});
