import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { capacityAllocation } from '../../src/analytics/allocation/capacity-allocation.ts';
import { duePeriodAllocation } from '../../src/analytics/allocation/due-period-allocation.ts';
import { productRoutes } from '../../src/analytics/allocation/product-routes.ts';
import { cumulativeDueLp } from '../../src/analytics/allocation/naive/cumulative-due-lp.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';
import { allocateCapacity } from '../../src/services/capacity/allocate-capacity.ts';
import { allocateCapacityFiles } from '../../src/services/capacity/allocate-capacity-files.ts';
import { highsRuntime } from '../../src/services/capacity/highs-runtime.ts';

/**
 * Due periods: capacity per period, each order made by the end of its due
 * period. Checked by hand on a small case and, on generated instances,
 * against an independent formulation (per-member cumulative bounds, HiGHS)
 * to 1e-6 relative.
 */
let highs: Highs;
beforeAll(async () => {
  highs = await highsRuntime();
});

const at = { lon: 118.18, lat: 39.63 };

describe('allocation with due periods', () => {
  it('serves an early order from both members in period 1 and a later one in period 2 (by hand)', () => {
    const r = duePeriodAllocation(
      [
        { member: 'A', product: 'rebar', capacity: 10, unitCost: 100, ...at },
        { member: 'B', product: 'rebar', capacity: 10, unitCost: 200, ...at },
      ],
      [
        { order: 'early', product: 'rebar', quantity: 15, due: 1, ...at },
        { order: 'late', product: 'rebar', quantity: 10, due: 2, ...at },
      ],
      0,
    );
    // Period 1: A 10 + B 5 to 'early'; period 2: A 10 to 'late'. Without the
    // due period A alone would make both over two periods at 100 yuan per t.
    expect(r.total).toBeCloseTo(10 * 100 + 5 * 200 + 10 * 100, 9);
    const line = (o: string, m: string, t: number) =>
      r.allocations.find((a) => a.order === o && a.member === m && a.period === t)?.quantity;
    expect([line('early', 'A', 1), line('early', 'B', 1), line('late', 'A', 2)]).toEqual([
      10, 5, 10,
    ]);
    expect(r.members).toEqual([
      expect.objectContaining({ member: 'A', capacity: 20, allocated: 20, utilisation: 1 }),
      expect.objectContaining({ member: 'B', capacity: 20, allocated: 5, utilisation: 0.25 }),
    ]);
    expect(r.unserved).toEqual([]);
  });

  it('names an order short by its due period, and a member starting late takes no early order', () => {
    const r = duePeriodAllocation(
      [
        { member: 'A', product: 'rebar', capacity: 10, unitCost: 100, ...at },
        { member: 'B', product: 'rebar', capacity: 10, unitCost: 50, firstPeriod: 3, ...at },
      ],
      [
        { order: 'rush', product: 'rebar', quantity: 14, due: 1, ...at },
        { order: 'later', product: 'rebar', quantity: 5, due: 3, ...at },
      ],
      0,
    );
    expect(r.unserved).toEqual([
      { order: 'rush', product: 'rebar', quantity: 4, reason: 'capacity-short-by-due' },
    ]);
    expect(r.allocations.filter((a) => a.member === 'B')).toEqual([
      expect.objectContaining({ order: 'later', period: 3, quantity: 5 }),
    ]);
  });

  it('equals the cumulative-bound programme on 30 generated instances (1e-6 relative)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = seededRandom(seed);
      const m = 2 + Math.floor(r() * 3);
      const n = 3 + Math.floor(r() * 6);
      const capacities = Array.from({ length: m }, (_, i) => ({
        member: `M${i}`,
        product: 'rebar',
        capacity: 1 + Math.floor(r() * 6),
        unitCost: 2800 + Math.round(r() * 400),
        lon: 117.5 + r() * 1.5,
        lat: 39 + r(),
        firstPeriod: 1 + Math.floor(r() * 2),
      }));
      const orders = Array.from({ length: n }, (_, j) => ({
        order: `o${j}`,
        product: 'rebar',
        quantity: 1 + Math.floor(r() * 8),
        lon: 116 + r() * 3,
        lat: 38.5 + r() * 2,
        due: 1 + Math.floor(r() * 4),
      }));
      const tau = 0.6;
      const got = duePeriodAllocation(capacities, orders, tau);
      const routes = productRoutes(capacities, orders, tau);
      const want = cumulativeDueLp(highs, {
        capacity: capacities.map((c) => c.capacity),
        first: capacities.map((c) => c.firstPeriod),
        quantity: orders.map((o) => o.quantity),
        due: orders.map((o) => o.due),
        cost: capacities.map((_, i) => orders.map((_, j) => routes.cost[i * n + j])),
      });
      const served = got.allocations.reduce((a, x) => a + x.quantity, 0);
      expect(served, `seed ${seed}`).toBeCloseTo(want.served, 6);
      expect(Math.abs(got.total - want.cost) / Math.max(1, want.cost), `seed ${seed}`).toBeLessThan(
        1e-6,
      );
      // Every line is made no later than its order's due period, and no member exceeds a period's capacity.
      for (const a of got.allocations)
        expect(a.period!).toBeLessThanOrEqual(orders.find((o) => o.order === a.order)!.due);
      const perSlot = new Map<string, number>();
      for (const a of got.allocations)
        perSlot.set(
          `${a.member}|${a.period}`,
          (perSlot.get(`${a.member}|${a.period}`) ?? 0) + a.quantity,
        );
      for (const [slot, q] of perSlot)
        expect(q).toBeLessThanOrEqual(
          capacities.find((c) => c.member === slot.split('|')[0])!.capacity + 1e-9,
        );
    }
  });

  it('with one period, equals the plain allocation (a member starting later offers nothing)', () => {
    const r = seededRandom(99);
    const caps = Array.from({ length: 4 }, (_, i) => ({
      member: `M${i}`,
      product: 'rebar',
      capacity: 2 + Math.floor(r() * 6),
      unitCost: 2800 + Math.round(r() * 400),
      lon: 117.5 + r(),
      lat: 39 + r(),
    }));
    const ords = Array.from({ length: 6 }, (_, j) => ({
      order: `o${j}`,
      product: 'rebar',
      quantity: 1 + Math.floor(r() * 6),
      lon: 116 + r() * 3,
      lat: 38.5 + r() * 2,
      due: 1,
    }));
    const got = duePeriodAllocation(caps, ords, 0.6);
    expect(got.total).toBeCloseTo(capacityAllocation(caps, ords, 0.6).total, 6);
    expect(got.allocations.every((a) => a.period === 1)).toBe(true);
    const late = duePeriodAllocation([{ ...caps[0], firstPeriod: 2 }, ...caps.slice(1)], ords, 0.6);
    expect(late.allocations.some((a) => a.member === 'M0')).toBe(false);
  });

  it('is refused with whole orders or a fair share, saying why', async () => {
    const caps = [{ member: 'A', product: 'rebar', capacity: 10, unitCost: 100, ...at }];
    const ords = [{ order: 'o', product: 'rebar', quantity: 5, due: 2, ...at }];
    await expect(
      allocateCapacity(caps, ords, 0, { orderSplitting: 'whole' }),
    ).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
      message: expect.stringMatching(/due periods/),
    });
    await expect(allocateCapacity(caps, ords, 0, { fairShare: 0.2 })).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    const ok = await allocateCapacity(caps, ords, 0);
    expect(ok.allocations).toEqual([
      expect.objectContaining({ order: 'o', quantity: 5, period: 1 }),
    ]);
  });

  it('reads due and first_period columns from the files, and names a bad period by file, row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'due-'));
    const caps = join(dir, 'capacities.csv');
    const ords = join(dir, 'orders.csv');
    writeFileSync(
      caps,
      'member,product,capacity,unit_cost,lon,lat,first_period\nA,rebar,10,100,118,39,\nB,rebar,10,50,118,39,2\n',
    );
    writeFileSync(
      ords,
      'order,product,quantity,lon,lat,due\nrush,rebar,10,118,39,1\nlater,rebar,10,118,39,2\n',
    );
    const r = await allocateCapacityFiles({ capacities: caps, orders: ords, transportCost: 0 });
    expect(r.total).toBeCloseTo(10 * 100 + 10 * 50, 9);
    expect(r.allocations.find((a) => a.order === 'later')).toMatchObject({
      member: 'B',
      period: 2,
    });
    writeFileSync(ords, 'order,product,quantity,lon,lat,due\nrush,rebar,10,118,39,1.5\n');
    await expect(allocateCapacityFiles({ capacities: caps, orders: ords })).rejects.toMatchObject({
      code: 'ATLAS_E_INVALID_ROWS',
      details: { rows: [expect.objectContaining({ file: ords, row: 2, column: 'due' })] },
    });
  });
});
