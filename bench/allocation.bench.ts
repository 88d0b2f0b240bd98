/**
 * The capacity alliance's order allocation (goal: 200 members × 2,000 orders
 * solved to optimality in under 10 s). Seeded instances around Tangshan:
 * one product (the hardest case: one 200 × 2,000 transportation problem) and
 * five products (each member makes one). The baseline is a greedy
 * allocation (each order in turn to its cheapest member with capacity
 * left): fast and not optimal; the report gives the optimum's saving
 * against it, so the ratio says what optimality costs in time.
 */
import type { BenchFile } from './run.ts';
import {
  capacityAllocation,
  type CapacityRow,
  type OrderRow,
} from '../src/analytics/allocation/capacity-allocation.ts';
import { duePeriodAllocation } from '../src/analytics/allocation/due-period-allocation.ts';
import { programmedAllocation } from '../src/analytics/allocation/programmed-allocation.ts';
import { fairShareBySegments } from '../src/analytics/allocation/naive/fair-share-by-segments.ts';
import { haversineKm } from '../src/analytics/matching/haversine.ts';
import { highsRuntime } from '../src/services/capacity/highs-runtime.ts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function instance(members: number, orders: number, products: number) {
  const r = rng(members * 7919 + orders + products);
  const caps: CapacityRow[] = Array.from({ length: members }, (_, i) => ({
    member: `m${i}`,
    product: `p${i % products}`,
    capacity: 50 + Math.floor(r() * 100),
    unitCost: 2800 + Math.floor(r() * 600),
    lon: 117.5 + r() * 1.5,
    lat: 39.2 + r() * 1.0,
  }));
  const ords: OrderRow[] = Array.from({ length: orders }, (_, j) => ({
    order: `o${j}`,
    product: `p${j % products}`,
    quantity: 1 + Math.floor(r() * 12),
    lon: 113 + r() * 8,
    lat: 36 + r() * 6,
  }));
  return { caps, ords };
}

/** Each order in turn to its cheapest member of the product with capacity left. */
function greedy(caps: readonly CapacityRow[], ords: readonly OrderRow[], tau: number): number {
  const left = caps.map((c) => c.capacity);
  let total = 0;
  for (const o of ords) {
    let q = o.quantity;
    const options = caps
      .map((c, i) => ({ i, cost: c.unitCost + tau * haversineKm(c.lon, c.lat, o.lon, o.lat) }))
      .filter((x) => caps[x.i].product === o.product)
      .sort((a, b) => a.cost - b.cost);
    for (const x of options) {
      if (q <= 0) break;
      const take = Math.min(q, left[x.i]);
      left[x.i] -= take;
      q -= take;
      total += take * x.cost;
    }
  }
  return total;
}

const TAU = 0.4;
const one = instance(200, 2000, 1);
const five = instance(200, 2000, 5);
const small = instance(50, 500, 1);
// Due periods: the same instance over 4 periods, a quarter of each capacity per period, orders due 1–4.
const PERIODS = 4;
const dueCaps = one.caps.map((c) => ({ ...c, capacity: c.capacity / PERIODS }));
const dueOrds = one.ords.map((o, j) => ({ ...o, due: 1 + (j % PERIODS) }));
const last = { one: NaN, five: NaN, fair: NaN, lp: NaN, whole: '', due: NaN };
const highs = await highsRuntime();

const file: BenchFile = {
  title: 'capacity alliance: order allocation by min-cost flow (200 members × 2,000 orders)',
  benchmarks: [
    {
      name: 'one product, 200 × 2,000',
      runs: 1,
      fast: () => (last.one = capacityAllocation(one.caps, one.ords, TAU).total),
      baseline: () => greedy(one.caps, one.ords, TAU),
      report: () =>
        `optimum ${last.one.toFixed(0)} yuan; greedy ${greedy(one.caps, one.ords, TAU).toFixed(0)} yuan`,
    },
    {
      name: 'five products, 200 × 2,000',
      runs: 1,
      fast: () => (last.five = capacityAllocation(five.caps, five.ords, TAU).total),
      baseline: () => greedy(five.caps, five.ords, TAU),
      report: () =>
        `optimum ${last.five.toFixed(0)} yuan; greedy ${greedy(five.caps, five.ords, TAU).toFixed(0)} yuan`,
    },
    {
      name: 'due periods (4), one product, 200 × 2,000: time-expanded flow vs the plain flow',
      runs: 1,
      fast: () => (last.due = duePeriodAllocation(dueCaps, dueOrds, TAU).total),
      baseline: () => capacityAllocation(one.caps, one.ords, TAU).total,
      report: () =>
        `with due periods ${last.due.toFixed(0)} yuan; without ${last.one.toFixed(0)} yuan (same capacity over the horizon)`,
    },
    {
      name: 'one product, 200 × 2,000: min-cost flow vs HiGHS LP (peer)',
      runs: 1,
      fast: () => capacityAllocation(one.caps, one.ords, TAU).total,
      baseline: () =>
        (last.lp = programmedAllocation(highs, one.caps, one.ords, TAU, {
          orders: 'split',
          fairShare: 0,
          timeLimit: 600,
        }).total),
      report: () =>
        `HiGHS LP optimum ${last.lp.toFixed(0)} yuan (the flow's: ${last.one.toFixed(0)})`,
    },
    {
      name: 'fair share 0.3, one product, 200 × 2,000: HiGHS LP vs floor-first min-cost flow',
      runs: 1,
      fast: () =>
        (last.fair = programmedAllocation(highs, one.caps, one.ords, TAU, {
          orders: 'split',
          fairShare: 0.3,
          timeLimit: 600,
        }).total),
      baseline: () => fairShareBySegments(one.caps, one.ords, TAU, 0.3).total,
      report: () =>
        `optimum with floors ${last.fair.toFixed(0)} yuan; without ${last.one.toFixed(0)} yuan`,
    },
    {
      name: 'whole orders, one product, 50 × 500 (HiGHS MIP, 60 s limit)',
      runs: 1,
      fast: () => {
        const r = programmedAllocation(highs, small.caps, small.ords, TAU, {
          orders: 'whole',
          fairShare: 0,
        });
        last.whole = `${r.total.toFixed(0)} yuan, ${r.optimality[0].status}, gap ${r.optimality[0].gap.toExponential(1)}`;
        return r.total;
      },
      baseline: () => greedy(small.caps, small.ords, TAU),
      report: () =>
        `whole orders ${last.whole}; split ${capacityAllocation(small.caps, small.ords, TAU).total.toFixed(0)} yuan`,
    },
  ],
};
export default file;
