/**
 * Capacity-alliance allocation on a generated instance whose optimum is
 * known independently (brute force on integer data), the reasons an order
 * is not served, idle capacity and the overlap removed; and
 * `atlas capacity allocate` end to end through main().
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { capacityAllocation } from '../../src/analytics/allocation/capacity-allocation.ts';
import { haversineKm } from '../../src/analytics/matching/haversine.ts';
import { bruteForceTransport } from '../../src/analytics/allocation/naive/brute-force-transport.ts';
import { main } from '../../src/cli/main.ts';
import { readCapacityTables } from '../../src/services/capacity/read-capacity-tables.ts';

// Tangshan-area sites (degrees); capacities in tonnes, costs in yuan per tonne.
const capacities = [
  { member: 'A', product: 'rebar', capacity: 4, unitCost: 3000, lon: 118.18, lat: 39.63 },
  { member: 'B', product: 'rebar', capacity: 3, unitCost: 2900, lon: 118.5, lat: 39.9 },
  { member: 'C', product: 'rebar', capacity: 5, unitCost: 3100, lon: 118.2, lat: 39.6 },
  { member: 'A', product: 'coil', capacity: 2, unitCost: 3500, lon: 118.18, lat: 39.63 },
];
const orders = [
  { order: 'o1', product: 'rebar', quantity: 3, lon: 116.4, lat: 39.9 },
  { order: 'o2', product: 'rebar', quantity: 4, lon: 118.2, lat: 39.6 },
  { order: 'o3', product: 'coil', quantity: 3, lon: 117.2, lat: 39.1 },
  { order: 'o4', product: 'plate', quantity: 1, lon: 117.2, lat: 39.1 },
];
const tau = 0.5;

describe('capacityAllocation', () => {
  it('returns the brute-force optimum (1e-6 relative) and names why orders go unserved', () => {
    const r = capacityAllocation(capacities, orders, tau);
    // Independent optimum: rebar by enumeration, coil is forced (A → o3, 2 t).
    const rebar = capacities.filter((c) => c.product === 'rebar');
    const ro = orders.filter((o) => o.product === 'rebar');
    const routes = { from: [] as number[], to: [] as number[], cost: [] as number[] };
    rebar.forEach((c, i) =>
      ro.forEach((o, j) => {
        routes.from.push(i);
        routes.to.push(j);
        routes.cost.push(c.unitCost + tau * haversineKm(c.lon, c.lat, o.lon, o.lat));
      }),
    );
    const b = bruteForceTransport({
      supply: rebar.map((c) => c.capacity),
      demand: ro.map((o) => o.quantity),
      routes,
    });
    const coil = 2 * (3500 + tau * haversineKm(118.18, 39.63, 117.2, 39.1));
    const optimum = b.cost + coil;
    expect(Math.abs(r.total - optimum) / optimum).toBeLessThan(1e-6);
    expect(r.allocations.reduce((a, x) => a + x.cost, 0)).toBeCloseTo(r.total, 6);
    expect(r.unserved).toEqual([
      {
        order: 'o3',
        product: 'coil',
        quantity: expect.closeTo(1, 9),
        reason: 'product-capacity-short',
      },
      { order: 'o4', product: 'plate', quantity: 1, reason: 'no-member-makes-product' },
    ]);
    const rebarSummary = r.products.find((p) => p.product === 'rebar')!;
    expect(rebarSummary).toMatchObject({
      capacity: 12,
      demand: 7,
      allocated: 7,
      idle: 5,
      missing: 0,
    });
    expect(rebarSummary.membersOffering).toBe(3);
    expect(rebarSummary.overlapRemoved).toBe(3 - rebarSummary.membersUsed);
    const coilUse = r.members.find((m) => m.product === 'coil')!;
    expect(coilUse.utilisation).toBeCloseTo(1, 12);
  });

  it('a grade splits a product: an order of a grade takes only capacity of that grade', () => {
    const caps = [
      {
        member: 'A',
        product: 'rebar',
        grade: 'HRB400',
        capacity: 5,
        unitCost: 3000,
        lon: 118,
        lat: 39.6,
      },
      {
        member: 'B',
        product: 'rebar',
        grade: 'HRB500',
        capacity: 5,
        unitCost: 2000,
        lon: 118,
        lat: 39.6,
      },
    ];
    const ords = [
      { order: 'x', product: 'rebar', grade: 'HRB400', quantity: 3, lon: 118, lat: 39.6 },
      { order: 'y', product: 'rebar', grade: 'HRB600', quantity: 1, lon: 118, lat: 39.6 },
    ];
    const r = capacityAllocation(caps, ords, 0);
    expect(r.allocations).toEqual([
      expect.objectContaining({ order: 'x', member: 'A', product: 'rebar · HRB400', quantity: 3 }),
    ]);
    expect(r.total).toBeCloseTo(9000, 9);
    expect(r.unserved).toEqual([
      { order: 'y', product: 'rebar · HRB600', quantity: 1, reason: 'no-member-makes-product' },
    ]);
    expect(r.products.find((p) => p.product === 'rebar · HRB500')?.idle).toBe(5);
  });

  it('reads an optional grade column (牌号); an empty grade cell keys on the product alone', () => {
    const table = (columns: string[], rows: (string | number | null)[][]) => ({
      file: 't.csv',
      format: 'csv' as const,
      columns,
      rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))),
      rowNumbers: rows.map((_, i) => i + 2),
    });
    const { capacities: c, orders: o } = readCapacityTables(
      table(
        ['成员', '产品', '牌号', '产能', '单位成本', '经度', '纬度'],
        [
          ['A', 'rebar', 'HRB400', 5, 3000, 118, 39.6],
          ['A', 'rebar', 'HRB500', 5, 3100, 118, 39.6],
        ],
      ),
      table(
        ['order', 'product', 'grade', 'quantity', 'lon', 'lat'],
        [['x', 'rebar', null, 2, 118, 39.6]],
      ),
    );
    expect(c.map((r) => r.grade)).toEqual(['HRB400', 'HRB500']);
    expect(o[0].grade).toBeUndefined();
  });

  it('rejects a negative transport cost', () => {
    expect(() => capacityAllocation(capacities, orders, -1)).toThrow(RangeError);
  });
});

describe('atlas capacity allocate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-capacity-'));
  const capFile = join(dir, 'capacities.csv');
  const orderFile = join(dir, 'orders.csv');
  writeFileSync(
    capFile,
    'member,product,capacity,unit_cost,lon,lat\n' +
      capacities
        .map((c) => [c.member, c.product, c.capacity, c.unitCost, c.lon, c.lat].join(','))
        .join('\n') +
      '\n',
  );
  writeFileSync(
    orderFile,
    'order,product,quantity,lon,lat\n' +
      orders.map((o) => [o.order, o.product, o.quantity, o.lon, o.lat].join(',')).join('\n') +
      '\n',
  );

  async function run(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      stderr += String(s);
      return true;
    });
    try {
      return { code: await main(args), stderr };
    } finally {
      err.mockRestore();
    }
  }

  it('writes order,member,quantity,cost rows and the total; JSON holds the unserved', async () => {
    const csv = join(dir, 'a.csv');
    const base = [
      'capacity',
      'allocate',
      '--capacities',
      capFile,
      '--orders',
      orderFile,
      '--transport-cost',
      '0.5',
    ];
    const { code, stderr } = await run([...base, '--out', csv]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/unserved o4 \(plate\): 1 — no-member-makes-product/);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('order,member,quantity,cost');
    expect(lines.at(-1)).toMatch(/^total,,,/);
    const json = join(dir, 'a.json');
    expect((await run([...base, '--format', 'json', '--out', json])).code).toBe(0);
    const r = JSON.parse(readFileSync(json, 'utf8'));
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['total', 'allocations', 'unserved']));
    expect(r.total).toBeCloseTo(capacityAllocation(capacities, orders, tau).total, 6);
  });

  it('--whole-orders keeps each order with one member; --fair-share is checked', async () => {
    const json = join(dir, 'whole.json');
    const args = ['capacity', 'allocate', '--capacities', capFile, '--orders', orderFile];
    const whole = await run([...args, '--whole-orders', '--format', 'json', '--out', json]);
    expect(whole.code, whole.stderr).toBe(0);
    const r = JSON.parse(readFileSync(json, 'utf8'));
    expect(r.rules).toEqual({ orderSplitting: 'whole', fairShare: 0 });
    const served = new Map<string, number>();
    for (const a of r.allocations as { order: string; quantity: number }[])
      served.set(a.order, (served.get(a.order) ?? 0) + a.quantity);
    // o3 (3 t of coil) is larger than A's 2 t of coil: unserved whole, not split.
    expect(served.has('o3')).toBe(false);
    expect(r.unserved).toContainEqual({
      order: 'o3',
      product: 'coil',
      quantity: 3,
      reason: 'no-member-can-take-whole-order',
    });
    for (const o of orders) if (served.has(o.order)) expect(served.get(o.order)).toBe(o.quantity);
    const bad = await run([...args, '--fair-share', '1.5']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--fair-share takes a number from 0 to 1, not "1\.5"/);
  });

  it('a bad cell fails naming file, row, column and reason; nothing is written', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'order,product,quantity,lon,lat\no1,rebar,-3,116.4,39.9\no1,rebar,2,116.4,95\n',
    );
    const out = join(dir, 'never.csv');
    const { code, stderr } = await run([
      'capacity',
      'allocate',
      '--capacities',
      capFile,
      '--orders',
      bad,
      '--out',
      out,
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/bad\.csv, row 2, column quantity: must be ≥ 0/);
    expect(() => readFileSync(out)).toThrow();
  });
});
